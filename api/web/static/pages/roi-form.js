// The ROI input form, rendered from state; every control writes back into the state on input.
import { h, nextId } from "../dom.js";
import { t } from "../i18n.js";
import { button, field, numberInput, select, textInput } from "../ui.js";
import { COST_CATEGORIES, ISOLATION_METHODS, LABELS, PERIODS } from "./roi-enums.js";
import { emptyAdjustment, emptyBenefit, emptyCost, emptyResponse } from "./roi-state.js";

/** Bind a control to `object[key]`; `onChange(pointer)` runs when the user leaves the field. */
function bound(control, object, key, pointer, hooks) {
  const isCheck = control.type === "checkbox";
  control.addEventListener("input", () => {
    object[key] = isCheck ? control.checked : control.value;
    hooks.onInput(pointer);
  });
  control.addEventListener("change", () => {
    object[key] = isCheck ? control.checked : control.value;
    hooks.onChange(pointer);
  });
  return control;
}

const options = (values, prefix) => values.map((v) => [v, t(`${prefix}.${v}`)]);

function rowBox(label, pointer, ...content) {
  const id = nextId("row");
  return h("fieldset", { class: "row-box", id, "data-pointer": pointer, "data-row-label": label,
    "aria-describedby": `${id}-error` },
  h("legend", {}, label), ...content, h("span", { class: "field-error", id: `${id}-error` }));
}

function programmeFields(state, hooks) {
  const f = (label, control, key, extra) =>
    field(label, bound(control, state, key, `/${key}`, hooks), { pointer: `/${key}`, ...extra });
  return h("fieldset", { class: "group" }, h("legend", {}, t("roi.programme")),
    h("div", { class: "grid" },
      f(t("roi.program"), textInput(state.program, { maxlength: "200" }), "program", { wide: true }),
      f(t("roi.participants"), numberInput(state.participants, { inputmode: "numeric", required: true }),
        "participants"),
      f(t("roi.currency"), textInput(state.currency, { maxlength: "3", class: "short", spellcheck: "false" }),
        "currency", { hint: t("roi.currency.hint") }),
      f(t("roi.label"), select(options(LABELS, "roi.label"), state.label), "label"),
      f(t("roi.benefit_years"), numberInput(state.benefit_years, { inputmode: "numeric" }), "benefit_years"),
      f(t("roi.discount_rate_pct"), numberInput(state.discount_rate_pct), "discount_rate_pct",
        { hint: t("roi.discount.hint") }),
      f(t("roi.long_term"), h("input", { type: "checkbox", checked: state.long_term }), "long_term")));
}

function costRow(state, cost, i, hooks) {
  const base = `/costs/${i}`;
  const f = (label, control, key, extra) =>
    field(label, bound(control, cost, key, `${base}/${key}`, hooks), { pointer: `${base}/${key}`, ...extra });
  const label = t("roi.costLine", { n: i + 1 });
  return rowBox(label, base, h("div", { class: "grid compact" },
    f(t("roi.category"), select(options(COST_CATEGORIES, "roi.cat"), cost.category), "category"),
    f(t("roi.description"), textInput(cost.description, { maxlength: "500", required: true }),
      "description", { wide: true }),
    f(t("roi.amount"), numberInput(cost.amount, { required: true }), "amount"),
    f(t("roi.prorate_pct"), numberInput(cost.prorate_pct), "prorate_pct"),
    f(t("roi.per_participant"), h("input", { type: "checkbox", checked: cost.per_participant }),
      "per_participant"),
    h("div", { class: "row-actions" }, button(t("common.remove"), {
      class: "ghost danger", "aria-label": t("roi.removeLine", { line: label }),
      disabled: state.costs.length === 1,
      onclick: () => hooks.structure(() => state.costs.splice(i, 1), `costs-add`),
    }, "trash"))));
}

function adjustmentRows(benefit, base, hooks) {
  const addId = `${base.slice(1).replace("/", "-")}-adj-add`;
  return h("div", { class: "sub" }, h("h4", {}, t("roi.adjustments")),
    benefit.adjustments.map((adjustment, j) => {
      const p = `${base}/adjustments/${j}`;
      const f = (label, control, key, extra) =>
        field(label, bound(control, adjustment, key, `${p}/${key}`, hooks), { pointer: `${p}/${key}`, ...extra });
      const label = t("roi.adjustment", { n: j + 1 });
      return h("div", { class: "grid sub-row", "data-pointer": p, "data-row-label": label },
        f(t("roi.factor"), numberInput(adjustment.factor), "factor", { hint: t("roi.factor.hint") }),
        f(t("roi.reason"), textInput(adjustment.reason, { maxlength: "500" }), "reason", { wide: true }),
        h("div", { class: "row-actions" }, button(t("common.remove"), {
          class: "ghost danger", "aria-label": t("roi.removeLine", { line: label }),
          onclick: () => hooks.structure(() => benefit.adjustments.splice(j, 1), addId),
        }, "trash")));
    }),
    button(t("roi.addAdjustment"), { id: addId,
      onclick: () => hooks.structure(() => benefit.adjustments.push(emptyAdjustment()),
        `${base}/adjustments/${benefit.adjustments.length}/factor`) }, "plus"));
}

function benefitRow(state, benefit, i, hooks) {
  const base = `/benefits/${i}`;
  const f = (label, control, key, extra) =>
    field(label, bound(control, benefit, key, `${base}/${key}`, hooks), { pointer: `${base}/${key}`, ...extra });
  const label = t("roi.benefitLine", { n: i + 1 });
  const isolation = [["", t("roi.choose")], ...options(ISOLATION_METHODS, "roi.iso")];
  return rowBox(label, base,
    h("div", { class: "grid" },
      f(t("roi.description"), textInput(benefit.description, { maxlength: "500", required: true }),
        "description", { wide: true }),
      f(t("roi.amount"), numberInput(benefit.amount), "amount", { hint: t("roi.amount.hint") }),
      f(t("roi.quantity"), numberInput(benefit.quantity), "quantity"),
      f(t("roi.unit_value"), numberInput(benefit.unit_value), "unit_value"),
      f(t("roi.period"), select(options(PERIODS, "roi.period"), benefit.period), "period"),
      f(t("roi.periods_per_year"), numberInput(benefit.periods_per_year), "periods_per_year",
        { hint: t("roi.periods_per_year.hint") }),
      f(t("roi.per_participant"), h("input", { type: "checkbox", checked: benefit.per_participant }),
        "per_participant"),
      f(t("roi.profit_margin_pct"), numberInput(benefit.profit_margin_pct), "profit_margin_pct"),
      f(t("roi.isolation_method"), select(isolation, benefit.isolation_method, { required: true }),
        "isolation_method"),
      f(t("roi.attribution_pct"), numberInput(benefit.attribution_pct), "attribution_pct",
        { hint: t("roi.attribution.hint") }),
      f(t("roi.confidence_pct"), numberInput(benefit.confidence_pct), "confidence_pct",
        { hint: t("roi.confidence.hint") })),
    adjustmentRows(benefit, base, hooks),
    h("div", { class: "row-actions" }, button(t("common.remove"), {
      class: "ghost danger", "aria-label": t("roi.removeLine", { line: label }),
      onclick: () => hooks.structure(() => state.benefits.splice(i, 1), "benefits-add"),
    }, "trash")));
}

function respondentRows(state, hooks) {
  const r = state.respondents;
  const toggle = bound(h("input", { type: "checkbox", checked: state.use_respondents }),
    state, "use_respondents", "/respondents", hooks);
  toggle.addEventListener("change", () => hooks.structure(() => {}, toggle.id));
  const content = [];
  if (state.use_respondents) {
    content.push(h("div", { class: "grid" }, field(t("roi.population"),
      bound(numberInput(r.population, { inputmode: "numeric" }), r, "population",
        "/respondents/population", hooks), { pointer: "/respondents/population" })));
    r.responses.forEach((response, i) => {
      const p = `/respondents/responses/${i}`;
      const f = (label, control, key, extra) =>
        field(label, bound(control, response, key, `${p}/${key}`, hooks), { pointer: `${p}/${key}`, ...extra });
      const label = t("roi.response", { n: i + 1 });
      content.push(h("div", { class: "grid sub-row", "data-pointer": p, "data-row-label": label },
        h("p", { class: "sub-row-label" }, label),
        f(t("roi.annual_value"), numberInput(response.annual_value), "annual_value"),
        f(t("roi.attribution_pct"), numberInput(response.attribution_pct), "attribution_pct"),
        f(t("roi.confidence_pct"), numberInput(response.confidence_pct), "confidence_pct"),
        f(t("roi.exclude_reason"), textInput(response.exclude_reason, { maxlength: "500" }),
          "exclude_reason", { hint: t("roi.exclude.hint") }),
        h("div", { class: "row-actions" }, button(t("common.remove"), {
          class: "ghost danger", "aria-label": t("roi.removeLine", { line: label }),
          onclick: () => hooks.structure(() => r.responses.splice(i, 1), "responses-add"),
        }, "trash"))));
    });
    content.push(button(t("roi.addResponse"), { id: "responses-add",
      onclick: () => hooks.structure(() => r.responses.push(emptyResponse()),
        `/respondents/responses/${r.responses.length}/annual_value`) }, "plus"));
  }
  return h("fieldset", { class: "group" }, h("legend", {}, t("roi.respondents")),
    h("p", { class: "hint" }, t("roi.respondents.hint")),
    field(t("roi.useRespondents"), toggle, { pointer: "/respondents" }), content);
}

/** The whole form. `hooks`: onInput(pointer), onChange(pointer), structure(mutate, focusTarget). */
export function renderForm(state, hooks) {
  return [
    programmeFields(state, hooks),
    h("fieldset", { class: "group", "data-pointer": "/costs", id: "costs-group",
      "data-row-label": t("roi.costs"), "aria-describedby": "costs-group-error" },
    h("legend", {}, t("roi.costs")), h("p", { class: "hint" }, t("roi.costs.hint")),
    h("span", { class: "field-error", id: "costs-group-error" }),
    state.costs.map((cost, i) => costRow(state, cost, i, hooks)),
    button(t("roi.addCost"), { id: "costs-add", onclick: () => hooks.structure(
      () => state.costs.push(emptyCost()), `/costs/${state.costs.length}/category`) }, "plus")),
    h("fieldset", { class: "group", "data-pointer": "/benefits", id: "benefits-group",
      "data-row-label": t("roi.benefits"), "aria-describedby": "benefits-group-error" },
    h("legend", {}, t("roi.benefits")), h("p", { class: "hint" }, t("roi.benefits.hint")),
    h("span", { class: "field-error", id: "benefits-group-error" }),
    state.benefits.map((benefit, i) => benefitRow(state, benefit, i, hooks)),
    button(t("roi.addBenefit"), { id: "benefits-add", onclick: () => hooks.structure(
      () => state.benefits.push(emptyBenefit()), `/benefits/${state.benefits.length}/description`) }, "plus")),
    respondentRows(state, hooks),
    h("fieldset", { class: "group" }, h("legend", {}, t("roi.intangibles")),
      field(t("roi.intangibles.label"), bound(h("textarea", { rows: "3", value: state.intangibles }),
        state, "intangibles", "/intangibles", hooks), { pointer: "/intangibles", hint: t("roi.intangibles.hint"), wide: true })),
  ];
}
