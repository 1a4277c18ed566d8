// Feedback coding: upload CSV/XLSX/JSONL (read by the server: POST /v1/feedback/inspect), pick
// the sheet and columns, code it as a job (POST /v1/feedback/jobs), follow or cancel it, reopen
// earlier jobs (the open job's id is in the URL, so results survive a reload), browse the coded
// comments with filters, a level chart, agreement, and downloads.
import { api, saveBlob } from "../api.js";
import { announce, clear, h, icon, s } from "../dom.js";
import { formatDecimal } from "../format.js";
import { safeGet, safeSet, t } from "../i18n.js";
import { button, field, focusInside, hideProblem, pageBody, problemBanner, progress, select, showProblem }
  from "../ui.js";
import { calibrationBox, coderPicker } from "./feedback-calibrate.js";
import { ACTIVE, jobsList } from "./feedback-jobs.js";
import { guessColumns, inspectUpload, setupFields } from "./feedback-upload.js";

const LEVELS = ["L1", "L2", "L3", "L4", "NONE"];
const PAGE = 50;
const QUEUE_PATIENCE_MS = 30_000;
const JOB_ID = /^[0-9a-f]{32}$/;
const state = { file: null, info: null, reading: false, textColumn: "", goldColumn: "", coder: "", job: null,
  jobGold: "", followedSince: 0, items: null, agreement: null, level: "", confidence: "", page: 0 };
let view = null;
let poll = 0;
let ticket = 0;

const goldKey = (id) => `evalassist.feedback.gold.${id}`;

async function readFile(file, sheet) {
  state.file = file;
  state.info = null;
  state.reading = true;
  if (view) hideProblem(view.banner);
  drawSetup();
  try {
    const info = await inspectUpload(file, sheet);
    if (state.file !== file) return;
    const guess = guessColumns(info.columns, state.textColumn);
    Object.assign(state, { info, textColumn: guess.text,
      goldColumn: info.columns.includes(state.goldColumn) ? state.goldColumn : guess.gold });
  } catch (error) {
    if (view && state.file === file) showProblem(view.banner, view.root, error);
  } finally {
    if (state.file === file) state.reading = false;
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

/** Show job `id`: its progress while it runs, its results once done; the URL names it. */
function openJob(id, gold) {
  clearTimeout(poll);
  ticket += 1;
  Object.assign(state, { job: null, items: null, agreement: null, page: 0, followedSince: Date.now(),
    jobGold: gold ?? safeGet(sessionStorage, goldKey(id)) ?? "" });
  history.replaceState(null, "", `#/feedback/${id}`);
  if (view) hideProblem(view.banner);
  drawResults();
  follow(id, ticket);
}

async function follow(id, mine) {
  try {
    const job = await api(`/feedback/jobs/${id}`);
    if (mine !== ticket) return;
    const moved = state.job?.status !== job.status;
    state.job = job;
    drawJob();
    if (moved && ACTIVE.includes(job.status)) view?.jobs.refresh();
    if (job.status === "done") {
      const items = await fetchResults(id);
      await fetchAgreement(id);
      if (mine !== ticket) return;
      state.items = items;
      announce(t("fb.finished", { n: items.length }));
      drawResults();
      view?.jobs.refresh();
    } else if (job.status === "failed") {
      showProblem(view.banner, null, { title: t("fb.failed"), detail: job.error || t("fb.status.failed") });
      view?.jobs.refresh();
    } else if (job.status === "cancelled") {
      view?.jobs.refresh();
    } else {
      poll = setTimeout(() => follow(id, mine), job.status === "queued" ? 1000 : 400);
    }
  } catch (error) {
    if (mine !== ticket) return;
    if (error.status === 404) history.replaceState(null, "", "#/feedback");
    drawJob();
    if (view) showProblem(view.banner, view.root, error);
  }
}

async function cancel() {
  const id = state.job?.id;
  if (!id) return;
  try {
    state.job = await api(`/feedback/jobs/${id}`, { method: "DELETE" });
    ticket += 1;
    clearTimeout(poll);
    announce(t("fb.cancelled"));
    drawJob();
    view?.jobs.refresh();
  } catch (error) {
    if (view) showProblem(view.banner, view.root, error);
  }
}

/** The running job's state in the form: progress, waiting for the worker, cancel, start. */
function drawJob() {
  if (!view) return;
  const job = state.job;
  const active = Boolean(job && ACTIVE.includes(job.status));
  view.start.disabled = active;
  view.cancel.hidden = !active;
  const notes = [];
  if (!active) view.progress.stop();
  else if (job.status === "queued") {
    view.progress.start(t("fb.waiting"));
    const waited = Date.now() - state.followedSince;
    if (waited >= QUEUE_PATIENCE_MS) {
      notes.push(h("div", { class: "warning", id: "fb-waiting", role: "status" }, icon("alert"),
        h("span", {}, t("fb.stuck", { s: Math.round(waited / 1000) }))));
    }
  } else {
    view.progress.start();
    view.progress.update(job.progress, t("fb.progress", { done: job.done, total: job.total }));
  }
  if (job?.status === "cancelled") {
    notes.push(h("p", { class: "notice", id: "fb-cancelled" }, icon("info"), t("fb.cancelled")));
  }
  view.jobNote.replaceChildren(...notes);
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
  if (state.info?.sheet) form.append("sheet", state.info.sheet);
  if (state.coder) form.append("coder", state.coder);
  const gold = state.goldColumn;
  view.start.disabled = true;
  view.progress.start(t("fb.uploading"));
  try {
    const job = await api("/feedback/jobs", { method: "POST", form });
    safeSet(sessionStorage, goldKey(job.id), gold);
    openJob(job.id, gold);
    view?.jobs.refresh();
  } catch (error) {
    view.progress.stop();
    view.start.disabled = false;
    focusInside(showProblem(view.banner, view.root, error) || view.banner);
  }
}

/** The file name the server gives a download (Content-Disposition), else `fallback`. */
function downloadName(response, fallback) {
  const header = response.headers.get("content-disposition") || "";
  const encoded = /filename\*=utf-8''([^;]+)/i.exec(header);
  if (encoded) return decodeURIComponent(encoded[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] || fallback;
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
      const response = await api(`/feedback/jobs/${state.job.id}/results`, { query: { format }, raw: true });
      saveBlob(await response.blob(), downloadName(response, `feedback-${state.job.id}.${format}`));
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
  const reading = state.reading ? h("p", { class: "hint wide", role: "status" }, t("fb.inspecting")) : null;
  view.columns.replaceChildren(...[reading, ...setupFields(state, {
    onSheet: (sheet) => readFile(state.file, sheet),
    onChange: drawSetup,
  })].filter(Boolean));
  const calibrating = state.info && state.goldColumn;
  if (!calibrating) view.calibrate.replaceChildren();
  else if (view.calibrate.dataset.for !== `${state.file?.name}|${state.goldColumn}`) {
    view.calibrate.replaceChildren(calibrationBox(state, { banner: view.banner, root: view.root,
      onStored: (coder) => { state.coder = coder.name; drawCoders(); } }));
  }
  view.calibrate.dataset.for = calibrating ? `${state.file?.name}|${state.goldColumn}` : "";
}

async function drawCoders() {
  if (!view) return;
  const target = view.coder;
  const picker = await coderPicker(state.coder, (name) => { state.coder = name; });
  if (view?.coder === target) target.replaceChildren(...[picker].filter(Boolean));
}

function render(main, rest) {
  renderAvailable(pageBody(main, "feedback"));
  const id = JOB_ID.test(rest || "") ? rest : "";
  if (id && id !== state.job?.id) openJob(id);
  else if (state.job) {
    history.replaceState(null, "", `#/feedback/${state.job.id}`);
    drawJob();
    if (!state.items && ACTIVE.includes(state.job.status)) openJob(state.job.id, state.jobGold);
  }
  return () => {
    view = null;
  };
}

function renderAvailable(root) {
  const file = h("input", { type: "file", accept: ".csv,.tsv,.xlsx,.jsonl,.txt", "data-pointer": "/file" });
  file.addEventListener("change", () => file.files[0] && readFile(file.files[0]));
  const start = h("button", { type: "submit", class: "primary", id: "fb-start" }, icon("play"), t("fb.start"));
  const banner = problemBanner();
  view = { root, banner, start, progress: progress(), columns: h("div", { class: "grid columns" }),
    cancel: button(t("fb.cancel"), { id: "fb-cancel", hidden: true, onclick: cancel }, "close"),
    jobNote: h("div", { "aria-live": "polite" }), results: h("div", { "aria-live": "polite" }),
    coder: h("div", { class: "grid" }), calibrate: h("div", {}),
    jobs: jobsList({ onOpen: (job) => openJob(job.id), onError: (error) => showProblem(banner, null, error) }) };
  clear(root).append(view.banner,
    h("form", { class: "group-box", onsubmit: submit },
      h("div", { class: "grid" }, field(t("fb.file"), file, { wide: true, hint: t("fb.file.hint") })),
      view.columns, view.coder, h("div", { class: "actions" }, start, view.cancel, view.progress.el),
      view.jobNote),
    view.calibrate, view.results, view.jobs.el);
  drawSetup();
  drawCoders();
  drawResults();
  view.jobs.refresh();
}

export default { id: "feedback", icon: "feedback", render };
