// Knowledge: search the sources (GET /v1/knowledge/search), ask a grounded question
// (POST /v1/knowledge/ask), read a passage, list sources and upload organisation documents.
import { api } from "../api.js";
import { openPassage as showPassage, quoted } from "../passage.js";
import { announce, clear, h, icon } from "../dom.js";
import { t } from "../i18n.js";
import { busy, button, field, focusInside, hideProblem, pageBody, problemBanner, progress, select, showProblem,
  textInput } from "../ui.js";

const state = { query: "", k: "5", collection: "", question: "", upload: "organisation",
  hits: null, answer: null, sources: null };
let view = null;

function openPassage(hit) {
  return showPassage(hit, (error) => view && showProblem(view.banner, null, error));
}

function renderHits() {
  if (!state.hits) return null;
  if (!state.hits.length) return h("p", {}, t("kb.noHits"));
  return h("ol", { class: "hits", id: "kb-hits" }, state.hits.map((hit) => h("li", { class: "hit" },
    h("div", { class: "hit-head" }, h("strong", {}, hit.title),
      h("span", { class: "hint" }, t("kb.lines", { source: hit.source, from: hit.line_start, to: hit.line_end }))),
    h("p", { class: "hit-text" }, hit.text),
    button(t("kb.read"), { class: "link", onclick: () => openPassage(hit) }, "file"))));
}

function renderAnswer() {
  const answer = state.answer;
  if (!answer) return null;
  return h("section", { class: "result", id: "kb-answer" },
    h("h3", {}, t("kb.answer")),
    answer.covered ? null : h("p", { class: "notice" }, icon("info"), t("kb.notCovered")),
    h("p", { class: "answer-text" }, answer.answer),
    h("ol", { class: "citations" }, answer.citations.map((c) => h("li", { value: c.n },
      button(`[${c.n}] ${c.title}`, { class: "link", onclick: () => openPassage(c) }),
      quoted(c, answer.language)))));
}

function renderSources() {
  if (!state.sources) return null;
  return h("div", { class: "table-wrap" }, h("table", { id: "kb-sources" },
    h("thead", {}, h("tr", {}, [t("kb.collection"), t("kb.title"), t("shell.language"), t("kb.chunks"), ""]
      .map((label) => h("th", { scope: "col" }, label)))),
    h("tbody", {}, state.sources.map((source) => h("tr", {},
      h("td", {}, source.collection), h("td", {}, source.title), h("td", {}, source.language),
      h("td", { class: "num" }, String(source.chunks)),
      h("td", {}, source.collection === "articles" ? "" : button(t("common.remove"), {
        class: "ghost danger", "aria-label": `${t("common.remove")} ${source.title}`,
        onclick: () => removeDocument(source) }, "trash")))))));
}

function draw() {
  if (!view) return;
  view.hits.replaceChildren(...[renderHits()].filter(Boolean));
  view.answer.replaceChildren(...[renderAnswer()].filter(Boolean));
  view.sources.replaceChildren(...[renderSources()].filter(Boolean));
}

async function run(buttonEl, region, work) {
  hideProblem(view.banner);
  try {
    await busy(buttonEl, region, work);
  } catch (error) {
    if (view) focusInside(showProblem(view.banner, view.root, error) || view.banner);
  }
  draw();
}

async function loadSources() {
  state.sources = await api("/knowledge/sources");
}

async function removeDocument(source) {
  if (!window.confirm(t("kb.confirmRemove", { title: source.title }))) return;
  await run(view.uploadButton, view.sources, async () => {
    await api(`/knowledge/documents/${encodeURIComponent(source.collection)}/${encodeURIComponent(source.doc_id)}`,
      { method: "DELETE" });
    await loadSources();
  });
}

function render(main) {
  renderAvailable(pageBody(main, "knowledge"));
  return () => {
    view = null;
  };
}

function renderAvailable(root) {
  const bind = (control, key) => {
    control.addEventListener("input", () => { state[key] = control.value; });
    return control;
  };
  const banner = problemBanner();
  const query = bind(h("input", { type: "search", value: state.query, "data-pointer": "/q" }), "query");
  const searchButton = h("button", { type: "submit", class: "primary" }, icon("search"), t("kb.search"));
  const question = bind(textInput(state.question, { "data-pointer": "/question" }), "question");
  const askButton = h("button", { type: "submit", class: "primary" }, t("kb.ask"));
  const file = h("input", { type: "file", accept: ".txt,.md,.pdf,.docx,.html,.htm", "data-pointer": "/file" });
  const collection = bind(textInput(state.upload, { "data-pointer": "/collection", pattern: "[a-z0-9][a-z0-9_\\-]*" }), "upload");
  const uploadButton = h("button", { type: "submit", class: "primary" }, icon("upload"), t("kb.upload"));
  const uploadProgress = progress();
  view = { root, banner, hits: h("div", { "aria-live": "polite" }), answer: h("div", { "aria-live": "polite" }),
    sources: h("div", {}), uploadButton };
  clear(root).append(banner,
    h("form", { class: "group-box", role: "search", onsubmit: (event) => {
      event.preventDefault();
      run(searchButton, view.hits, async () => {
        const response = await api("/knowledge/search", { query: { q: state.query, k: state.k,
          collection: state.collection } });
        state.hits = response.hits;
        announce(t("kb.found", { n: response.hits.length }));
      });
    } }, h("div", { class: "grid" },
      field(t("kb.query"), query, { wide: true }),
      field(t("kb.k"), bind(select([["5", "5"], ["10", "10"], ["20", "20"]], state.k), "k")),
      h("div", { class: "row-actions" }, searchButton))),
    view.hits,
    h("h2", {}, t("kb.askTitle")),
    h("form", { class: "group-box", onsubmit: (event) => {
      event.preventDefault();
      run(askButton, view.answer, async () => {
        state.answer = await api("/knowledge/ask", { method: "POST", json: { question: state.question } });
      });
    } }, h("div", { class: "grid" }, field(t("kb.question"), question, { wide: true }),
      h("div", { class: "row-actions" }, askButton))),
    view.answer,
    h("h2", {}, t("kb.sources")), view.sources,
    h("form", { class: "group-box", onsubmit: (event) => {
      event.preventDefault();
      if (!file.files.length) {
        showProblem(banner, root, { title: t("error.title"), errors: [{ pointer: "/file", detail: t("roi.err.required") }] });
        return;
      }
      const form = new FormData();
      form.append("file", file.files[0]);
      form.append("collection", state.upload);
      uploadProgress.start(t("kb.uploading"));
      run(uploadButton, view.sources, async () => {
        const report = await api("/knowledge/documents", { method: "POST", form });
        announce(t("kb.uploaded", { status: report.documents.map((d) => d.status).join(", ") }));
        await loadSources();
      }).finally(() => uploadProgress.stop());
    } }, h("h3", {}, t("kb.uploadTitle")), h("div", { class: "grid" },
      field(t("kb.file"), file, { wide: true, hint: t("kb.file.hint") }),
      field(t("kb.collection"), collection, { hint: t("kb.collection.hint") }),
      h("div", { class: "row-actions" }, uploadButton)), uploadProgress.el));
  run(uploadButton, view.sources, loadSources);
}

export default { id: "knowledge", icon: "knowledge", render };
