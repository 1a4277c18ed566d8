// Plans: the SMART check of an objective (POST /v1/objectives/check), live as the user types.
// The plan list, editor, impact map and exports follow when /v1/plans is on the server.
import { api } from "../api.js";
import { h, icon } from "../dom.js";
import { t } from "../i18n.js";
import { field, hideProblem, problemBanner, select, showProblem } from "../ui.js";

const draft = { text: "", language: "" };
let verdict = null;
let timer = 0;
let view = null;

function renderVerdict() {
  if (!view) return;
  if (!verdict) return view.out.replaceChildren();
  view.out.replaceChildren(h("section", { class: "result", "aria-labelledby": "smart-title" },
    h("h2", { id: "smart-title" }, t("plans.smart.score", { score: verdict.score })),
    h("ul", { class: "verdicts", id: "smart-criteria" }, verdict.criteria.map((c) =>
      h("li", { class: c.passed ? "pass" : "fail" },
        icon(c.passed ? "check" : "alert", t(c.passed ? "plans.smart.pass" : "plans.smart.fail")),
        h("div", {}, h("strong", {}, c.label), h("p", {}, c.reason),
          c.suggestion ? h("p", { class: "hint" }, `${t("plans.smart.suggestion")}: ${c.suggestion}`) : null))))));
  return undefined;
}

async function check() {
  if (!draft.text.trim()) {
    verdict = null;
    renderVerdict();
    return;
  }
  try {
    verdict = await api("/objectives/check", { method: "POST",
      json: { text: draft.text, language: draft.language || null } });
    if (view) hideProblem(view.banner);
  } catch (error) {
    verdict = null;
    if (view) showProblem(view.banner, view.form, error);
  }
  renderVerdict();
}

function render(main) {
  const text = h("textarea", { rows: "3", value: draft.text, "data-pointer": "/text", maxlength: "2000" });
  text.addEventListener("input", () => {
    draft.text = text.value;
    clearTimeout(timer);
    timer = setTimeout(check, 500);
  });
  const language = select([["", t("plans.smart.auto")], ["nl", t("lang.nl")], ["en", t("lang.en")]],
    draft.language, { "data-pointer": "/language" });
  language.addEventListener("change", () => {
    draft.language = language.value;
    check();
  });
  const banner = problemBanner();
  const form = h("form", { class: "group-box", onsubmit: (event) => { event.preventDefault(); check(); } },
    h("div", { class: "grid" },
      field(t("plans.smart.objective"), text, { wide: true, hint: t("plans.smart.hint") }),
      field(t("plans.smart.language"), language)),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, t("plans.smart.check"))));
  view = { banner, form, out: h("div", { "aria-live": "polite" }) };
  main.append(h("h1", {}, t("nav.plans")), h("p", { class: "lead" }, t("plans.intro")),
    h("h2", {}, t("plans.smart.title")), banner, form, view.out,
    h("div", { class: "notice", role: "note" }, icon("info"),
      h("p", {}, t("pending.text"), " ", h("code", {}, "GET /v1/plans"))));
  renderVerdict();
  return () => {
    view = null;
  };
}

export default { id: "plans", icon: "plans", render };
