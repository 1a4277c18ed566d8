// Read a CSV export in the browser (header and rows), so people can pick the text column and
// see each coded comment beside its result. Quoted fields, "" escapes and newlines in quotes.

export function sniffDelimiter(firstLine) {
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][0];
}

export function parseCsv(text) {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = sniffDelimiter(body.slice(0, body.indexOf("\n") >>> 0));
  const rows = [];
  let row = [];
  let value = "";
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { value += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) { row.push(value); value = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i += 1;
      row.push(value);
      rows.push(row);
      row = [];
      value = "";
    } else value += c;
  }
  if (value || row.length) { row.push(value); rows.push(row); }
  const [header = [], ...data] = rows.filter((r) => r.length > 1 || r[0] !== "");
  return { header, rows: data };
}
