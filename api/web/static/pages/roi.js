// The ROI calculator page: the form, client checks, POST /v1/roi, and the result.
import { api, apiLang } from "../api.js";
import { announce, h } from "../dom.js";
import { onLangChange, safeGet, safeSet, t } from "../i18n.js";
import { button, busy, clearMarks, findByPointer, focusInside, hideProblem, markField,
  problemBanner, progress, showProblem } from "../ui.js";
import { renderForm } from "./roi-form.js";
import { renderResult } from "./roi-result.js";
import { convertNumbers, emptyInput, fromApi, toPayload } from "./roi-state.js";

const DRAFT_KEY = "evalassist.roi.draft";
let state = loadDraft();
let result = null;
let lastPayload = null;
let view = null; // the elements of the page while it is shown
let computeOnShow = false;

function loadDraft() {
  try {
    return JSON.parse(safeGet(sessionStorage, DRAFT_KEY)) || emptyInput();
  } catch {
    return emptyInput();
  }
}

let saveTimer = 0;
function saveDraft() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => safeSet(sessionStorage, DRAFT_KEY, JSON.stringify(state)), 300);
}

/**
 * Fill the form with `input` (a RoiInput as the API sends it, e.g. what the chat understood)
 * before the page is shown; with `compute`, its result is computed as soon as it shows.
 */
export function openWithInput(input, { compute: andCompute = false } = {}) {
  state = fromApi(input);
  result = null;
  lastPayload = null;
  computeOnShow = andCompute;
  clearTimeout(saveTimer);
  safeSet(sessionStorage, DRAFT_KEY, JSON.stringify(state));
}

onLangChange((next, previous) => {
  convertNumbers(state, previous, next);
  saveDraft();
  if (lastPayload) compute(lastPayload, { quiet: true });
});

function focusTarget(target) {
  if (!view) return;
  focusInside(target.startsWith("/") ? findByPointer(view.form, target) : document.getElementById(target));
}

const hooks = {
  onInput(pointer) {
    saveDraft();
    if (!view) return;
    markField(view.form, pointer, "");
  },
  onChange(pointer) {
    if (!view) return;
    const { errors } = toPayload(state);
    const own = errors.find((error) => error.pointer === pointer);
    markField(view.form, pointer, own ? own.detail : "");
  },
  structure(mutate, focus) {
    mutate();
    saveDraft();
    drawForm();
    if (focus) focusTarget(focus);
  },
};

function drawForm() {
  view.fields.replaceChildren(...renderForm(state, hooks));
}

function drawResult({ focus }) {
  if (!result) return view.result.replaceChildren();
  view.result.replaceChildren(renderResult(result, (pointer) => focusTarget(pointer)));
  if (focus) view.result.querySelector("h2").focus();
  return undefined;
}

async function compute(payload, { quiet = false } = {}) {
  if (!quiet) view.progress.start(t("roi.computing"));
  try {
    result = await api("/roi", { method: "POST", json: payload, query: { lang: apiLang() } });
    lastPayload = payload;
    if (!view) return;
    hideProblem(view.banner);
    drawResult({ focus: !quiet });
    if (!quiet) announce(t("roi.done", { roi: view.result.querySelector("#roi-pct").textContent }));
  } catch (error) {
    if (!view) return;
    focusInside(showProblem(view.banner, view.form, error) || view.banner);
  } finally {
    view?.progress.stop();
  }
}

async function onSubmit(event) {
  event.preventDefault();
  clearMarks(view.form);
  const { payload, errors } = toPayload(state);
  if (errors.length) {
    focusInside(showProblem(view.banner, view.form, { title: t("roi.err.title"), errors }) || view.banner);
    return;
  }
  await busy(view.submit, view.result, () => compute(payload));
}

async function loadExample() {
  try {
    const example = await api("/roi/example", { query: { lang: apiLang() } });
    state = fromApi(example);
    saveDraft();
    clearMarks(view.form);
    hideProblem(view.banner);
    drawForm();
    announce(t("roi.exampleLoaded"));
    view.form.querySelector("input")?.focus();
  } catch (error) {
    showProblem(view.banner, null, error);
  }
}

function reset() {
  if (!window.confirm(t("roi.confirmClear"))) return;
  state = emptyInput();
  result = null;
  lastPayload = null;
  saveDraft();
  hideProblem(view.banner);
  drawForm();
  drawResult({ focus: false });
}

function render(main) {
  const banner = problemBanner();
  const bar = progress();
  const submit = h("button", { type: "submit", class: "primary", id: "roi-compute" }, t("roi.compute"));
  const fields = h("div", { class: "form-fields" });
  const form = h("form", { class: "roi-form", novalidate: true, "aria-labelledby": "roi-title",
    onsubmit: onSubmit }, fields, h("div", { class: "actions sticky" }, submit, bar.el));
  const resultBox = h("div", { class: "result-box", "aria-live": "polite" });
  view = { form, fields, banner, submit, progress: bar, result: resultBox };
  main.append(
    h("div", { class: "page-head" }, h("h1", { id: "roi-title" }, t("roi.title")),
      h("div", { class: "toolbar" },
        button(t("roi.example"), { id: "roi-example", onclick: loadExample }, "file"),
        button(t("roi.clear"), { class: "ghost", onclick: reset }, "trash"))),
    h("p", { class: "lead" }, t("roi.intro")),
    banner,
    h("div", { class: "two-col" }, form, resultBox));
  drawForm();
  drawResult({ focus: false });
  if (computeOnShow) {
    computeOnShow = false;
    const { payload, errors } = toPayload(state);
    if (!errors.length) busy(submit, resultBox, () => compute(payload));
  }
  return () => {
    view = null;
  };
}

export default { id: "roi", icon: "roi", render };
