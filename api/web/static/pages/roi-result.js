// The RoiResult: headline figures, warnings, the chart, intangibles, and every line's steps.
import { h, icon } from "../dom.js";
import { formatDecimal, formatMoney, formatPct } from "../format.js";
import { t } from "../i18n.js";
import { button } from "../ui.js";
import { roiChart } from "./roi-chart.js";

function metric(label, value, { big = false, id } = {}) {
  return h("div", { class: `metric${big ? " big" : ""}` }, h("dt", {}, label), h("dd", { id }, value));
}

/** The headline figures; `prefix` names their ids (null: no ids, for several on one page). */
export function headline(result, prefix = "roi") {
  const id = (name) => (prefix ? `${prefix}-${name}` : undefined);
  const money = (v) => formatMoney(v, result.currency);
  return h("dl", { class: "metrics" },
    metric(t("roi.r.roi"), formatPct(result.roi_pct), { big: true, id: id("pct") }),
    metric(t("roi.r.bcr"), formatDecimal(result.bcr), { big: true, id: id("bcr") }),
    metric(t("roi.r.payback"), result.payback_months === null ? t("roi.r.never")
      : t("roi.r.months", { n: formatDecimal(result.payback_months) }), { big: true, id: id("payback") }),
    metric(t("roi.r.costs"), money(result.total_costs)),
    metric(t("roi.r.benefits"), money(result.total_benefits)),
    metric(t("roi.r.net"), money(result.net_benefits)),
    metric(t("roi.r.firstYear"), money(result.first_year_benefits)),
    metric(t("roi.r.breakEven"), breakEven(result.break_even, money), { id: id("break-even") }));
}

/** Where ROI is 0: how far benefits may fall or, on a loss, must rise; else the amount needed. */
function breakEven({ benefits_needed: needed, benefit_margin_pct: margin, benefit_rise_pct: rise }, money) {
  if (rise !== null && rise !== undefined) return t("roi.r.rise", { pct: formatPct(rise), needed: money(needed) });
  if (margin !== null && margin !== undefined) return t("roi.r.margin", { pct: formatPct(margin), needed: money(needed) });
  return money(needed);
}

function warnings(result, onGoto) {
  if (!result.warnings.length) return h("p", { class: "ok" }, icon("info"), t("roi.r.noWarnings"));
  return h("ul", { class: "warnings", id: "roi-warnings" }, result.warnings.map((warning) =>
    h("li", { class: "warning" }, icon("alert"), h("span", {}, warning.message),
      warning.pointer ? button(t("roi.r.goto"), { class: "link", onclick: () => onGoto(warning.pointer) }) : null)));
}

function stepsTable(line, currency) {
  return h("table", { class: "steps" },
    h("caption", { class: "visually-hidden" }, t("roi.r.stepsOf", { line: line.description })),
    h("thead", {}, h("tr", {}, [t("roi.r.step"), t("roi.r.factor"), t("roi.r.before"), t("roi.r.after"),
      t("roi.r.formula")].map((label) => h("th", { scope: "col" }, label)))),
    h("tbody", {}, line.steps.map((step) => h("tr", {},
      h("td", {}, t(`roi.step.${step.kind}`)),
      h("td", { class: "num" }, step.factor === null ? "–" : formatDecimal(step.factor)),
      h("td", { class: "num" }, formatMoney(step.value_before, currency)),
      h("td", { class: "num" }, formatMoney(step.value_after, currency)),
      h("td", { class: "formula" }, step.formula)))));
}

function lineList(result, kind) {
  const lines = result.lines.filter((line) => line.kind === kind);
  return h("section", { class: "lines" }, h("h3", {}, t(kind === "cost" ? "roi.r.costLines" : "roi.r.benefitLines")),
    lines.map((line) => h("details", { class: "line" },
      h("summary", {},
        h("span", { class: "line-desc" }, line.description),
        h("span", { class: "line-tag" }, line.category ? t(`roi.cat.${line.category}`)
          : line.isolation_method ? t(`roi.iso.${line.isolation_method}`) : ""),
        h("span", { class: "line-value num" }, formatMoney(line.value, result.currency))),
      stepsTable(line, result.currency))));
}

function respondents(result) {
  const r = result.respondents;
  if (!r) return null;
  return h("section", {}, h("h3", {}, t("roi.respondents")),
    h("p", {}, t("roi.r.respondents", r)),
    result.excluded_responses.length ? h("ul", {}, result.excluded_responses.map((item) =>
      h("li", {}, `${formatMoney(item.annual_value, result.currency)}: ${item.reason}`))) : null);
}

/** The result section; `onGoto(pointer)` moves focus to the input field a warning names. */
export function renderResult(result, onGoto) {
  return h("section", { class: "result", "aria-labelledby": "roi-result-title" },
    h("h2", { id: "roi-result-title", tabindex: "-1" }, t("roi.r.title"),
      result.label === "forecast" ? h("span", { class: "badge" }, t("roi.label.forecast")) : null),
    result.program ? h("p", { class: "program-name", id: "roi-program" }, result.program) : null,
    headline(result),
    h("h3", {}, t("roi.r.warnings")), warnings(result, onGoto),
    h("figure", { class: "chart-box" }, roiChart(result),
      h("figcaption", {}, h("span", { class: "swatch cost" }), t("roi.chart.costs"), " ",
        h("span", { class: "swatch benefit" }), t("roi.chart.benefits"), " ",
        h("span", { class: "swatch even" }), t("roi.chart.breakEven"))),
    result.intangibles.length ? h("section", {}, h("h3", {}, t("roi.intangibles")),
      h("ul", { id: "roi-intangibles" }, result.intangibles.map((item) => h("li", {}, item)))) : null,
    respondents(result),
    lineList(result, "cost"), lineList(result, "benefit"));
}
