// What a chat reply carries beside its text, drawn as cards: the plan (with a link to the
// Plans page), the ROI input understood, the calculator's result, coded comments, a SMART
// verdict. Every string from the reply becomes a text node; citations [n] become buttons.
import { h, icon } from "../dom.js";
import { formatDecimal, formatMoney, formatPct } from "../format.js";
import { t } from "../i18n.js";
import { openPassage } from "../passage.js";
import { button } from "../ui.js";
import { verdictView } from "./plan-view.js";
import { headline } from "./roi-result.js";
import { openWithInput } from "./roi.js";

/** The reply text with each [n] that names a citation as a button opening the passage. */
export function replyText(text, citations, onError) {
  const byN = new Map((citations || []).map((c) => [String(c.n), c]));
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d+)\]/g)) {
    const citation = byN.get(match[1]);
    if (!citation) continue;
    parts.push(text.slice(last, match.index));
    parts.push(button(`[${match[1]}]`, { class: "link cite", "aria-label": `${t("plans.source")} ${match[1]}: ${citation.title}`,
      onclick: () => openPassage(citation, onError) }));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return h("p", { class: "reply-text" }, parts);
}

function card(kind, title, ...body) {
  return h("section", { class: `card card-${kind}`, "data-card": kind }, h("h3", {}, icon(CARD_ICONS[kind]), title), ...body);
}

const CARD_ICONS = { plan: "plans", roi_input: "roi", roi_result: "roi", coded_comments: "feedback", smart: "check" };

/** A term that should not break across lines on a phone ("€ 45", "per week", "× 60% zekerheid"). */
const keep = (term) => term.replace(/ /g, "\u00a0");

/** A line's value as the calculator takes it: "3 × € 45 per week per deelnemer". */
function lineValue(line, currency) {
  const value = line.amount != null ? formatMoney(line.amount, currency) : quantityTimesValue(line, currency);
  return [
    value,
    line.period ? t(`chat.card.period.${line.period}`) : "",
    line.periods_per_year != null ? t("chat.card.periodsPerYear", { n: formatDecimal(line.periods_per_year) }) : "",
    line.per_participant ? t("chat.card.perParticipant") : "",
  ].filter(Boolean).map(keep).join(" ");
}

/** "3 × € 45". A unit value the calculator keeps to many decimals is a division: minutes at an
 * hourly rate (€ 22 an hour is € 0.3666... a minute; the line's words name the minutes, as the
 * chat's own confirmation checks) are shown as the user said them, "20 minutes × € 22 an
 * hour"; any other as its cents, marked "≈". */
function quantityTimesValue(line, currency) {
  const quantity = formatDecimal(line.quantity);
  const [, fraction = ""] = String(line.unit_value).split(".");
  if (fraction.length <= 4) return `${quantity} × ${formatMoney(line.unit_value, currency)}`;
  const hourly = Number(line.unit_value) * 60;
  if (MINUTES.test(line.description) && Math.abs(hourly - Math.round(hourly * 100) / 100) < 1e-9) {
    const rate = formatMoney(cents(hourly), currency);
    return t("chat.card.minutesAtHourly", { n: quantity, rate });
  }
  return `${quantity} × ≈ ${formatMoney(cents(Number(line.unit_value)), currency)}`;
}

const MINUTES = /\b(?:min|mins|minuut|minuten|minute|minutes)\b/i;

/** A number as a canonical decimal string to the cent, without ".00" ("22", "0.37"). */
function cents(value) {
  return value.toFixed(2).replace(/\.00$/, "");
}

const PCT_FACTORS = ["prorate_pct", "profit_margin_pct", "attribution_pct", "confidence_pct"];

/** What the calculator then multiplies by: "× 60% toeschrijving × 80% zekerheid" (none at 100%),
 * then each correction with its reason. */
function lineFactors(line) {
  const factors = PCT_FACTORS.filter((field) => line[field] != null && Number(line[field]) !== 100)
    .map((field) => keep(`× ${t(`chat.card.factor.${field}`, { pct: formatPct(line[field]) })}`));
  for (const adjustment of line.adjustments || []) {
    factors.push(`${keep(`× ${formatDecimal(adjustment.factor)}`)} (${adjustment.reason})`);
  }
  return factors.join(" ");
}

function lineCell(line, currency) {
  const factors = lineFactors(line);
  return h("td", { class: "roi-line" }, h("span", { class: "line-value" }, lineValue(line, currency)),
    factors ? h("span", { class: "line-factors" }, factors) : null);
}

/** A link to the ROI calculator that opens it filled in with `input` (and its result). */
function calculatorLink(input, compute) {
  return h("p", {}, h("a", { href: "#/roi", class: "open-roi", onclick: () => openWithInput(input, { compute }) },
    t("chat.card.openRoi")));
}

function roiInputCard(input) {
  const rows = [...input.costs.map((line) => [t("roi.chart.costs"), line]), ...input.benefits.map((line) => [t("roi.benefits"), line])];
  return card("roi_input", t("chat.card.roiInput"),
    h("p", { class: "hint" }, `${t("roi.participants")}: ${input.participants ?? "?"} · ${input.currency}`),
    h("table", { class: "compact-table" }, h("tbody", {}, rows.map(([kind, line]) => h("tr", {},
      h("th", { scope: "row" }, kind), h("td", {}, line.description), lineCell(line, input.currency))))),
    calculatorLink(input, false));
}

function roiResultCard(result) {
  return card("roi_result", t("chat.card.roiResult"),
    result.program ? h("p", { class: "program-name" }, result.program) : null,
    headline(result, null),
    // one line per message: the same warning for two benefit lines is said once here (the
    // calculator page lists each with the line it points to)
    result.warnings.length ? h("ul", { class: "warnings" }, [...new Set(result.warnings.map((w) =>
      w.message))].map((message) => h("li", { class: "warning" }, icon("alert"),
      h("span", {}, message)))) : null,
    calculatorLink(result.input, true));
}

function codedCard(items) {
  return card("coded_comments", t("chat.card.coded", { n: items.length }),
    h("div", { class: "table-wrap" }, h("table", { class: "compact-table" },
      h("thead", {}, h("tr", {}, [t("fb.primary"), t("fb.levels"), t("fb.confidence"), t("fb.evidence")]
        .map((label) => h("th", { scope: "col" }, label)))),
      h("tbody", {}, items.map((item) => h("tr", {}, h("td", {}, item.primary), h("td", {}, item.levels.join("; ")),
        h("td", { class: "num" }, formatDecimal(item.confidence.toFixed(2))), h("td", { class: "comment" }, item.evidence)))))));
}

function planCard(plan) {
  return card("plan", t("chat.card.plan", { version: plan.version }),
    h("p", {}, h("strong", {}, plan.title)), h("p", { class: "reply-text" }, plan.summary),
    h("p", {}, h("a", { href: `#/plans/${encodeURIComponent(plan.plan_id)}`, class: "plan-link" }, t("chat.card.openPlan"))));
}

/** The cards for a reply's `tools` (only those that were used). */
export function toolCards(tools) {
  if (!tools) return [];
  return [
    tools.plan ? planCard(tools.plan) : null,
    tools.roi_input && !tools.roi_result ? roiInputCard(tools.roi_input) : null,
    tools.roi_result ? roiResultCard(tools.roi_result) : null,
    tools.coded_comments?.length ? codedCard(tools.coded_comments) : null,
    tools.smart ? card("smart", t("chat.card.smart"), h("p", { class: "reply-text" }, tools.smart.text), verdictView(tools.smart)) : null,
  ].filter(Boolean);
}
