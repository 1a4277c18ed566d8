// Feedback coding: upload CSV/XLSX/JSONL (POST /v1/feedback/jobs), follow the job's progress,
// browse the coded comments with filters, a level chart, agreement, and downloads.
import { api, saveBlob } from "../api.js";
import { parseCsv } from "../csv.js";
import { announce, clear, h, icon, s } from "../dom.js";
import { formatDecimal } from "../format.js";
import { t } from "../i18n.js";
import { button, field, focusInside, hideProblem, pageBody, problemBanner, progress, select, showProblem,
  textInput } from "../ui.js";

const LEVELS = ["L1", "L2", "L3", "L4", "NONE"];
const PAGE = 50;
const state = { file: null, header: [], rows: null, textColumn: "", goldColumn: "", job: null,
  items: null, agreement: null, level: "", confidence: "", page: 0 };
let view = null;
let poll = 0;

async function readFile(file) {
  state.file = file;
  state.header = [];
  state.rows = null;
  state.goldColumn = "";
  if (/\.(csv|txt)$/i.test(file.name)) {
    const parsed = parseCsv(await file.text());
    state.header = parsed.header;
    state.rows = parsed.rows;
    state.textColumn = parsed.header.find((c) => /text|comment|opmerking|toelichting/i.test(c)) || parsed.header[0] || "";
    state.goldColumn = parsed.header.find((c) => /^(human|gold|code|codering|label|niveau|level)/i.test(c)) || "";
  }
  drawSetup();
}

async function fetchResults(id) {
  const items = [];
  for (let offset = 0; ; offset += 2000) {
    const page = await api(`/feedback/jobs/${id}/results`, { query: { offset, limit: 2000 } });
    items.push(...page.items);
    if (items.length >= page.total || !page.items.length) break;
  }
  return items;
}

async function fetchAgreement(id) {
  if (!state.jobGold) return;
  try {
    state.agreement = await api(`/feedback/jobs/${id}/agreement`, { query: { gold_column: state.jobGold } });
  } catch (error) {
    state.agreement = { error: error.detail || error.message };
  }
}

async function follow(id) {
  clearTimeout(poll);
  try {
    state.job = await api(`/feedback/jobs/${id}`);
    const { done, total, status } = state.job;
    view?.progress.update(state.job.progress, t("fb.progress", { done, total }));
    if (status === "done") {
      view?.progress.stop();
      state.items = await fetchResults(id);
      await fetchAgreement(id);
      announce(t("fb.finished", { n: state.items.length }));
      drawResults();
    } else if (status === "failed" || status === "cancelled") {
      view?.progress.stop();
      showProblem(view.banner, null, { title: t("fb.failed"), detail: state.job.error || status });
    } else {
      poll = setTimeout(() => follow(id), 400);
    }
  } catch (error) {
    view?.progress.stop();
    if (view) showProblem(view.banner, view.root, error);
  }
}

async function submit(event) {
  event.preventDefault();
  hideProblem(view.banner);
  if (!state.file) {
    focusInside(showProblem(view.banner, view.root, { title: t("error.title"),
      errors: [{ pointer: "/file", detail: t("roi.err.required") }] }));
    return;
  }
  const form = new FormData();
  form.append("file", state.file);
  form.append("text_column", state.textColumn || "text");
  state.job = null;
  state.jobGold = state.goldColumn;
  state.items = null;
  state.agreement = null;
  drawResults();
  view.progress.start(t("fb.uploading"));
  try {
    const job = await api("/feedback/jobs", { method: "POST", form });
    follow(job.id);
  } catch (error) {
    view.progress.stop();
    focusInside(showProblem(view.banner, view.root, error) || view.banner);
  }
}

function levelChart(items) {
  const counts = LEVELS.map((level) => items.filter((item) => item.primary === level).length);
  const max = Math.max(1, ...counts);
  const W = 420;
  const rowH = 28;
  const svg = s("svg", { viewBox: `0 0 ${W} ${LEVELS.length * rowH + 8}`, class: "chart level-chart",
    role: "img", "aria-labelledby": "fb-chart-title" }, s("title", { id: "fb-chart-title" },
    t("fb.chart", { counts: LEVELS.map((l, i) => `${l} ${counts[i]}`).join(", ") })));
  LEVELS.forEach((level, i) => {
    const y = i * rowH + 4;
    const width = (counts[i] / max) * (W - 140);
    svg.append(s("text", { x: 0, y: y + 18, class: "axis-label" }, level),
      s("rect", { x: 60, y, width, height: rowH - 8, class: `level-${level}` }),
      s("text", { x: 66 + width, y: y + 18, class: "tick" }, String(counts[i])));
  });
  return svg;
}

function agreementView() {
  const a = state.agreement;
  if (!a) return null;
  if (a.error) return h("p", { class: "notice", id: "fb-agreement" }, icon("info"), `${t("fb.noAgreement")} ${a.error}`);
  const num = (v, digits = 3) => formatDecimal(v.toFixed(digits));
  const pct = (v) => `${formatDecimal((v * 100).toFixed(1))}%`;
  return h("section", { id: "fb-agreement" }, h("h3", {}, t("fb.agreement", { column: state.jobGold })),
    h("dl", { class: "metrics" },
      h("div", { class: "metric big" }, h("dt", {}, "Cohen's kappa"), h("dd", { id: "fb-kappa" }, num(a.kappa))),
      h("div", { class: "metric" }, h("dt", {}, t("fb.accuracy")), h("dd", {}, pct(a.accuracy))),
      h("div", { class: "metric" }, h("dt", {}, "Macro-F1"), h("dd", {}, num(a.macro_f1))),
      h("div", { class: "metric" }, h("dt", {}, t("fb.compared")), h("dd", {}, String(a.n)))),
    h("div", { class: "table-wrap" }, h("table", { class: "per-class" },
      h("caption", { class: "visually-hidden" }, t("fb.perClass")),
      h("thead", {}, h("tr", {}, [t("fb.level"), "Precision", "Recall", "F1", "n"].map((label, i) =>
        h("th", { scope: "col", class: i ? "num" : null }, label)))),
      h("tbody", {}, a.per_class.map((row) => h("tr", {}, h("th", { scope: "row" }, row.label),
        h("td", { class: "num" }, num(row.precision, 2)), h("td", { class: "num" }, num(row.recall, 2)),
        h("td", { class: "num" }, num(row.f1, 2)), h("td", { class: "num" }, String(row.support))))))));
}

function drawResults() {
  if (!view) return;
  const box = clear(view.results);
  if (!state.items) return;
  const filtered = state.items.map((item, index) => ({ item, index })).filter(({ item }) =>
    (!state.level || item.primary === state.level)
    && (!state.confidence || (state.confidence === "low" ? item.confidence < 0.6 : item.confidence >= 0.6)));
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE));
  state.page = Math.min(state.page, pages - 1);
  const shown = filtered.slice(state.page * PAGE, (state.page + 1) * PAGE);
  const filter = (key, options) => {
    const control = select(options, state[key]);
    control.addEventListener("change", () => { state[key] = control.value; state.page = 0; drawResults(); });
    return control;
  };
  const download = (format) => button(t(`fb.download.${format}`), { onclick: async () => {
    try {
      saveBlob(await api(`/feedback/jobs/${state.job.id}/results`, { query: { format } }),
        `feedback-${state.job.id}.${format}`);
    } catch (error) {
      showProblem(view.banner, null, error);
    }
  } }, "download");
  box.append(h("section", { class: "result", "aria-labelledby": "fb-results-title" },
    h("h2", { id: "fb-results-title" }, t("fb.results", { n: state.items.length })),
    h("div", { class: "toolbar" }, download("csv"), download("xlsx")),
    h("figure", { class: "chart-box" }, levelChart(state.items)),
    agreementView(),
    h("div", { class: "grid filters" },
      field(t("fb.filterLevel"), filter("level", [["", t("fb.all")], ...LEVELS.map((l) => [l, l])])),
      field(t("fb.filterConfidence"), filter("confidence", [["", t("fb.all")], ["low", t("fb.low")], ["high", t("fb.high")]]))),
    h("p", { role: "status" }, t("fb.showing", { from: filtered.length ? state.page * PAGE + 1 : 0,
      to: state.page * PAGE + shown.length, n: filtered.length })),
    h("div", { class: "table-wrap" }, h("table", { id: "fb-table" },
      h("thead", {}, h("tr", {}, ["#", t("fb.comment"), t("fb.primary"), t("fb.levels"), "ROI",
        t("fb.confidence"), t("fb.evidence")].map((label) => h("th", { scope: "col" }, label)))),
      h("tbody", {}, shown.map(({ item, index }) => h("tr", {},
        h("td", { class: "num" }, String(index + 1)),
        h("td", { class: "comment" }, item.text),
        h("td", {}, item.primary), h("td", {}, item.levels.join("; ")),
        h("td", {}, item.roi ? t("fb.yes") : ""),
        h("td", { class: "num" }, formatDecimal(item.confidence.toFixed(2))),
        h("td", {}, item.evidence, item.rationale ? h("span", { class: "hint" }, item.rationale) : null)))))),
    h("div", { class: "actions" },
      button(t("fb.prev"), { disabled: state.page === 0, onclick: () => { state.page -= 1; drawResults(); } }),
      button(t("fb.next"), { disabled: state.page >= pages - 1, onclick: () => { state.page += 1; drawResults(); } }))));
}

function drawSetup() {
  if (!view) return;
  const columns = (none) => [...(none ? [["", t("fb.noGold")]] : []), ...state.header.map((c) => [c, c])];
  const text = state.header.length ? select(columns(false), state.textColumn, { "data-pointer": "/text_column" })
    : textInput(state.textColumn || "text", { "data-pointer": "/text_column" });
  text.addEventListener("change", () => { state.textColumn = text.value; });
  text.addEventListener("input", () => { state.textColumn = text.value; });
  const gold = state.header.length ? select(columns(true), state.goldColumn, { "data-pointer": "/gold_column" })
    : textInput(state.goldColumn, { "data-pointer": "/gold_column" });
  gold.addEventListener("change", () => { state.goldColumn = gold.value; });
  gold.addEventListener("input", () => { state.goldColumn = gold.value; });
  view.columns.replaceChildren(...[
    field(t("fb.textColumn"), text),
    field(t("fb.goldColumn"), gold, { hint: t("fb.gold.hint") }),
    state.rows ? h("p", { class: "hint", id: "fb-rows" }, t("fb.rows", { n: state.rows.length })) : null].filter(Boolean));
}

function render(main) {
  renderAvailable(pageBody(main, "feedback"));
  return () => {
    view = null;
  };
}

function renderAvailable(root) {
  const file = h("input", { type: "file", accept: ".csv,.xlsx,.jsonl,.txt", "data-pointer": "/file" });
  file.addEventListener("change", () => file.files[0] && readFile(file.files[0]));
  const bar = progress();
  const start = h("button", { type: "submit", class: "primary", id: "fb-start" }, icon("play"), t("fb.start"));
  view = { root, banner: problemBanner(), progress: bar, columns: h("div", { class: "grid columns" }),
    results: h("div", { "aria-live": "polite" }) };
  clear(root).append(view.banner,
    h("form", { class: "group-box", onsubmit: submit },
      h("div", { class: "grid" }, field(t("fb.file"), file, { wide: true, hint: t("fb.file.hint") })),
      view.columns, h("div", { class: "actions" }, start, bar.el)),
    view.results);
  drawSetup();
  drawResults();
  if (state.job && !state.items) follow(state.job.id);
}

export default { id: "feedback", icon: "feedback", render };
