// Plans: the stored plans (GET /v1/plans, paginated), drafting a new one from free text or a
// small brief form (POST /v1/plans), one plan opened at #/plans/<id> (see plan-view.js), and a
// quick SMART check of any objective (POST /v1/objectives/check, live as the user types).
import { api } from "../api.js";
import { announce, clear, h, icon } from "../dom.js";
import { formatDateTime } from "../format.js";
import { t } from "../i18n.js";
import { busy, button, clearMarks, field, focusInside, hideProblem, numberInput, problemBanner,
  progress, select, showProblem, textInput } from "../ui.js";
import { renderPlan } from "./plan-view.js";

const LIMIT = 10;
const smart = { text: "", language: "", verdict: null };
const list = { offset: 0, page: null };
const draft = { mode: "text", text: "", language: "", title: "", methodology: "phillips", briefLanguage: "",
  target_group: "", participants: "", goal: "", kpi: "", baseline: "", target: "", unit: "", deadline: "",
  behaviours: "", activities: "" };
let open = null; // {record, plan, dirty}
let smartTimer = 0;
let view = null;

// --- the SMART check -----------------------------------------------------------------------

function renderVerdict() {
  if (!view?.smartOut) return;
  const verdict = smart.verdict;
  if (!verdict) return view.smartOut.replaceChildren();
  view.smartOut.replaceChildren(h("section", { class: "result", "aria-labelledby": "smart-title" },
    h("h3", { id: "smart-title" }, t("plans.smart.score", { score: verdict.score })),
    h("ul", { class: "verdicts", id: "smart-criteria" }, verdict.criteria.map((c) =>
      h("li", { class: c.passed ? "pass" : "fail" },
        icon(c.passed ? "check" : "alert", t(c.passed ? "plans.smart.pass" : "plans.smart.fail")),
        h("div", {}, h("strong", {}, c.label), h("p", {}, c.reason),
          c.suggestion ? h("p", { class: "hint" }, `${t("plans.smart.suggestion")}: ${c.suggestion}`) : null))))));
  return undefined;
}

async function check() {
  if (!smart.text.trim()) {
    smart.verdict = null;
    renderVerdict();
    return;
  }
  try {
    smart.verdict = await api("/objectives/check", { method: "POST",
      json: { text: smart.text, language: smart.language || null } });
    if (view) hideProblem(view.smartBanner);
  } catch (error) {
    smart.verdict = null;
    if (view) showProblem(view.smartBanner, view.smartForm, error);
  }
  renderVerdict();
}

function smartSection() {
  const text = h("textarea", { rows: "3", value: smart.text, "data-pointer": "/text", maxlength: "2000" });
  text.addEventListener("input", () => {
    smart.text = text.value;
    clearTimeout(smartTimer);
    smartTimer = setTimeout(check, 500);
  });
  const language = select([["", t("plans.smart.auto")], ["nl", t("lang.nl")], ["en", t("lang.en")]],
    smart.language, { "data-pointer": "/language" });
  language.addEventListener("change", () => {
    smart.language = language.value;
    check();
  });
  view.smartBanner = problemBanner();
  view.smartForm = h("form", { class: "group-box", onsubmit: (event) => { event.preventDefault(); check(); } },
    h("div", { class: "grid" },
      field(t("plans.smart.objective"), text, { wide: true, hint: t("plans.smart.hint") }),
      field(t("plans.smart.language"), language)),
    h("div", { class: "actions" }, h("button", { type: "submit" }, t("plans.smart.check"))));
  view.smartOut = h("div", { "aria-live": "polite" });
  return h("section", {}, h("h2", {}, t("plans.smart.title")), view.smartBanner, view.smartForm, view.smartOut);
}

// --- drafting ------------------------------------------------------------------------------

function bound(control, key) {
  const sync = () => { draft[key] = control.value; };
  control.addEventListener("input", sync);
  control.addEventListener("change", sync);
  return control;
}

function lines(text) {
  return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

function draftRequest() {
  if (draft.mode === "text") return { text: draft.text, language: draft.language || null };
  const goal = draft.goal.trim() ? [{ description: draft.goal.trim(), kpi: draft.kpi.trim() || null,
    baseline: draft.baseline.trim() || null, target: draft.target.trim() || null,
    unit: draft.unit.trim() || null, deadline: draft.deadline.trim() || null }] : [];
  return { brief: { title: draft.title.trim(), methodology: draft.methodology, language: draft.briefLanguage || null,
    target_group: draft.target_group.trim() || null,
    participants: draft.participants.trim() ? draft.participants.trim() : null,
    business_goals: goal, desired_behaviours: lines(draft.behaviours), learning_activities: lines(draft.activities) } };
}

function draftSection() {
  const banner = problemBanner();
  const bar = progress();
  const submit = h("button", { type: "submit", class: "primary", id: "plan-draft" }, icon("play"), t("plans.draft"));
  const langChoice = (key) => bound(select([["", t("plans.smart.auto")], ["nl", t("lang.nl")], ["en", t("lang.en")]],
    draft[key]), key);
  const modes = h("div", { class: "segmented", role: "radiogroup", "aria-label": t("plans.draftFrom") },
    ["text", "brief"].map((mode) => h("label", {}, h("input", { type: "radio", name: "draft-mode", value: mode,
      checked: draft.mode === mode, onchange: () => { draft.mode = mode; redraw(); } }), t(`plans.from.${mode}`))));
  const body = h("div", {});
  const form = h("form", { class: "group-box", id: "plan-draft-form", novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    clearMarks(form);
    hideProblem(banner);
    bar.start(t("plans.drafting"));
    await busy(submit, form, async () => {
      try {
        const record = await api("/plans", { method: "POST", json: draftRequest() });
        open = { record, plan: structuredClone(record.plan), dirty: false };
        announce(t("plans.drafted", { title: record.plan.title }));
        window.location.hash = `#/plans/${record.id}`;
      } catch (error) {
        focusInside(showProblem(banner, form, error) || banner);
      } finally {
        bar.stop();
      }
    });
  } }, h("h2", {}, t("plans.new")), modes, body, h("div", { class: "actions" }, submit, bar.el));
  function redraw() {
    if (draft.mode === "text") {
      body.replaceChildren(h("div", { class: "grid text-brief" },
        field(t("plans.briefText"), bound(h("textarea", { rows: "8", value: draft.text, "data-pointer": "/text",
          id: "plan-text" }), "text"), { wide: true, hint: t("plans.briefText.hint") }),
        field(t("plans.briefLanguage"), langChoice("language"))));
    } else {
      body.replaceChildren(h("fieldset", { class: "row-box", "data-pointer": "/brief", "data-row-label": t("plans.from.brief") },
        h("legend", {}, t("plans.from.brief")),
        h("div", { class: "grid" },
          field(t("plans.b.title"), bound(textInput(draft.title, { "data-pointer": "/brief/title" }), "title"), { wide: true }),
          field(t("plans.b.methodology"), bound(select([["phillips", t("plans.method.phillips")],
            ["kirkpatrick", t("plans.method.kirkpatrick")]], draft.methodology, { "data-pointer": "/brief/methodology" }), "methodology")),
          field(t("plans.briefLanguage"), langChoice("briefLanguage")),
          field(t("plans.b.target_group"), bound(textInput(draft.target_group, { "data-pointer": "/brief/target_group" }), "target_group"), { wide: true }),
          field(t("roi.participants"), bound(numberInput(draft.participants, { "data-pointer": "/brief/participants" }), "participants")),
          field(t("plans.b.goal"), bound(textInput(draft.goal, { "data-pointer": "/brief/business_goals/0/description" }), "goal"),
            { wide: true, hint: t("plans.b.goal.hint") }),
          field(t("plans.b.kpi"), bound(textInput(draft.kpi, { "data-pointer": "/brief/business_goals/0/kpi" }), "kpi")),
          field(t("plans.b.baseline"), bound(numberInput(draft.baseline, { "data-pointer": "/brief/business_goals/0/baseline" }), "baseline")),
          field(t("plans.b.target"), bound(numberInput(draft.target, { "data-pointer": "/brief/business_goals/0/target" }), "target")),
          field(t("plans.b.unit"), bound(textInput(draft.unit, { "data-pointer": "/brief/business_goals/0/unit" }), "unit")),
          field(t("plans.b.deadline"), bound(textInput(draft.deadline, { "data-pointer": "/brief/business_goals/0/deadline" }), "deadline")),
          field(t("plans.b.behaviours"), bound(h("textarea", { rows: "3", value: draft.behaviours,
            "data-pointer": "/brief/desired_behaviours" }), "behaviours"), { wide: true, hint: t("plans.onePerLine") }),
          field(t("plans.b.activities"), bound(h("textarea", { rows: "3", value: draft.activities,
            "data-pointer": "/brief/learning_activities" }), "activities"), { wide: true, hint: t("plans.onePerLine") }))));
    }
  }
  redraw();
  return h("div", {}, banner, form);
}

// --- the list ------------------------------------------------------------------------------

async function loadList(box, banner) {
  try {
    list.page = await api("/plans", { query: { limit: LIMIT, offset: list.offset } });
  } catch (error) {
    showProblem(banner, null, error);
    return;
  }
  drawList(box, banner);
}

function drawList(box, banner) {
  const page = list.page;
  if (!page) return;
  if (!page.total) {
    box.replaceChildren(h("p", { id: "plan-list-empty" }, t("plans.none")));
    return;
  }
  const go = (offset) => { list.offset = offset; loadList(box, banner); };
  box.replaceChildren(h("div", { class: "table-wrap" }, h("table", { id: "plan-list" },
    h("thead", {}, h("tr", {}, [t("kb.title"), t("plans.versionCol"), t("plans.updated")]
      .map((label) => h("th", { scope: "col" }, label)))),
    h("tbody", {}, page.items.map((item) => h("tr", {},
      h("td", {}, h("a", { href: `#/plans/${item.id}` }, item.title)),
      h("td", { class: "num" }, String(item.latest_version)),
      h("td", {}, formatDateTime(item.updated_at))))))),
  h("div", { class: "actions pager" },
    button(t("fb.prev"), { disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - LIMIT)) }),
    h("span", { class: "hint" }, t("fb.showing", { from: page.offset + 1, to: page.offset + page.items.length, n: page.total })),
    button(t("fb.next"), { disabled: page.next_offset === null, onclick: () => go(page.next_offset) })));
}

function renderList(main) {
  const banner = problemBanner();
  const box = h("div", { "aria-live": "polite" });
  main.append(h("h1", {}, t("nav.plans")), h("p", { class: "lead" }, t("plans.intro")),
    h("h2", {}, t("plans.stored")), banner, box, draftSection(), smartSection());
  drawList(box, banner);
  loadList(box, banner);
  renderVerdict();
}

// --- one plan ------------------------------------------------------------------------------

async function renderOpen(main, id, version) {
  const body = h("div", { "aria-busy": "true" }, h("p", {}, t("common.working")));
  main.append(body);
  let cleanup = null;
  const show = () => {
    cleanup?.();
    clear(main);
    cleanup = renderPlan(main, open, {
      load: (v) => { clear(main); renderOpen(main, id, v); },
      saved: (record) => {
        open = { record, plan: structuredClone(record.plan), dirty: false };
        show();
        main.querySelector("#plan-version-text")?.focus();
      },
    });
  };
  if (!open || open.record.id !== id || (version && open.record.version !== version)) {
    try {
      const record = await api(`/plans/${encodeURIComponent(id)}`, { query: { version } });
      open = { record, plan: structuredClone(record.plan), dirty: false };
    } catch (error) {
      if (!main.isConnected) return;
      const banner = problemBanner();
      body.replaceWith(h("p", {}, h("a", { href: "#/plans" }, "← ", t("plans.back"))), banner);
      showProblem(banner, null, error);
      return;
    }
  }
  if (!main.isConnected) return;
  show();
  if (view) view.cleanup = () => cleanup?.();
}

function render(main, rest) {
  view = { cleanup: null };
  const [id, version] = (rest || "").split("/v");
  if (id) {
    main.append(h("h1", { class: "visually-hidden" }, t("nav.plans")));
    renderOpen(main, decodeURIComponent(id), version ? Number(version) : undefined);
  } else {
    renderList(main);
  }
  return () => {
    view?.cleanup?.();
    view = null;
  };
}

export default { id: "plans", icon: "plans", render };
