// The chosen survey export as the server reads it (POST /v1/feedback/inspect): the page never
// parses files itself, so a cp1252 ";" CSV or a workbook with a notes sheet first shows the same
// sheets and columns the coding job will use.
import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDecimal } from "../format.js";
import { t } from "../i18n.js";
import { field, select } from "../ui.js";

const TEXT_HINT = /text|comment|opmerking|toelichting|antwoord|answer|feedback|mee\?|remark/i;
const GOLD_HINT = /^(human|gold|code|codering|label|niveau|level)/i;

/** What the server reads in `file` (on `sheet`, or the sheet it picks for a workbook). */
export function inspectUpload(file, sheet) {
  const form = new FormData();
  form.append("file", file);
  if (sheet) form.append("sheet", sheet);
  return api("/feedback/inspect", { method: "POST", form });
}

/** The column people most likely want coded, and a human-coded column if there is one. */
export function guessColumns(columns, previous = "") {
  const text = columns.includes(previous) ? previous
    : columns.find((c) => TEXT_HINT.test(c)) || columns[0] || "";
  return { text, gold: columns.find((c) => GOLD_HINT.test(c) && c !== text) || "" };
}

function describe(info) {
  const n = info.total ?? info.sample.length;
  if (info.format === "xlsx") return t("fb.read.xlsx", { n, sheet: info.sheet });
  if (info.format === "jsonl") return t("fb.read.jsonl", { n });
  const delimiter = info.delimiter === "\t" ? t("fb.tab") : `“${info.delimiter}”`;
  return t("fb.read.csv", { n, encoding: info.encoding, delimiter });
}

function preview(info, column) {
  const values = info.sample.map((row) => row[column]).filter(Boolean).slice(0, 3);
  if (!values.length) return null;
  return h("div", { class: "wide", id: "fb-preview" }, h("span", { class: "hint" }, t("fb.preview")),
    h("ul", { class: "sample" }, values.map((value) => h("li", {}, value))));
}

/**
 * The sheet picker (workbooks), the text and gold column pickers and what was read, for `state`
 * ({info, sheet, textColumn, goldColumn}); `onSheet(name)` re-reads the file on another sheet.
 */
export function setupFields(state, { onSheet, onChange }) {
  const info = state.info;
  if (!info) return [];
  const options = (none) => [...(none ? [["", t("fb.noGold")]] : []), ...info.columns.map((c) => [c, c])];
  const text = select(options(false), state.textColumn, { "data-pointer": "/text_column" });
  text.addEventListener("change", () => { state.textColumn = text.value; onChange(); });
  const gold = select(options(true), state.goldColumn, { "data-pointer": "/gold_column" });
  gold.addEventListener("change", () => { state.goldColumn = gold.value; onChange(); });
  const fields = [];
  if (info.format === "xlsx") {
    const sheets = info.sheets.map((s) => [s.name, s.rows === null ? s.name
      : t("fb.sheetRows", { name: s.name, n: formatDecimal(String(s.rows)) })]);
    const sheet = select(sheets, info.sheet, { "data-pointer": "/sheet", id: "fb-sheet" });
    sheet.addEventListener("change", () => onSheet(sheet.value));
    fields.push(field(t("fb.sheet"), sheet));
  }
  fields.push(field(t("fb.textColumn"), text), field(t("fb.goldColumn"), gold, { hint: t("fb.gold.hint") }),
    h("p", { class: "hint wide", id: "fb-rows" }, describe(info)), preview(info, state.textColumn));
  return fields.filter(Boolean);
}
