// The cited passage in a dialog: its source, lines and text (with its context when the server
// offers /v1/knowledge/passages). Shared by Knowledge, Plans and Chat; text only, never HTML.
import { api } from "./api.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";

function passageDialog(title, meta, text) {
  const dialog = h("dialog", { class: "passage", "aria-labelledby": "passage-title" },
    h("h2", { id: "passage-title" }, title), h("p", { class: "hint" }, meta),
    h("blockquote", {}, text),
    h("form", { method: "dialog" }, h("button", { type: "submit", class: "primary" }, t("common.close"))));
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

/** Open a hit or citation ({title, source, line_start, line_end, chunk_id, text|quote}). */
export async function openPassage(hit, onError) {
  const meta = t("kb.lines", { source: hit.source, from: hit.line_start, to: hit.line_end });
  let text = hit.text ?? hit.quote;
  if (hit.chunk_id) {
    try {
      const passage = await api(`/knowledge/passages/${encodeURIComponent(hit.chunk_id)}`);
      text = [passage.before, passage.text, passage.after].filter(Boolean).join("\n\n");
    } catch (error) {
      onError?.(error);
    }
  }
  passageDialog(hit.title, meta, text);
}

/** A card answer's quote, in the source's words, labelled when in another language. */
export function quoted(citation, language) {
  if (!citation.language) return null;
  const label = citation.language === language ? null : t(`kb.quotedIn.${citation.language}`);
  return h("blockquote", { class: "quote", lang: citation.language },
    `“${citation.quote}”`, label ? h("span", { class: "hint" }, ` (${label})`) : null);
}
