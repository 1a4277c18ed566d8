// The ROI form's state: the strings people typed, converted to a RoiInput payload on submit.
import { t } from "../i18n.js";
import { parseNumber, toInput } from "../format.js";

const NUMERIC = new Set(["participants", "benefit_years", "discount_rate_pct", "amount",
  "prorate_pct", "quantity", "unit_value", "periods_per_year", "profit_margin_pct",
  "attribution_pct", "confidence_pct", "factor", "population", "annual_value"]);
const PERCENT = new Set(["prorate_pct", "profit_margin_pct", "attribution_pct", "confidence_pct",
  "discount_rate_pct"]);

export const emptyCost = () => ({ category: "delivery", description: "", amount: "",
  per_participant: false, prorate_pct: "100" });
export const emptyAdjustment = () => ({ factor: "", reason: "" });
export const emptyResponse = () => ({ annual_value: "", attribution_pct: "", confidence_pct: "",
  exclude_reason: "" });
export const emptyBenefit = () => ({ description: "", amount: "", quantity: "", unit_value: "",
  period: "year", periods_per_year: "", per_participant: false, profit_margin_pct: "",
  attribution_pct: "100", isolation_method: "", confidence_pct: "100", adjustments: [] });
export const emptyInput = () => ({ program: "", currency: "EUR", participants: "", label: "actual",
  benefit_years: "1", long_term: false, discount_rate_pct: "", intangibles: "",
  costs: [emptyCost()], benefits: [emptyBenefit()], use_respondents: false,
  respondents: { population: "", responses: [] } });

/** Re-write every number field from one language's notation into another's. */
export function convertNumbers(value, from, to) {
  if (Array.isArray(value)) return value.forEach((item) => convertNumbers(item, from, to));
  if (!value || typeof value !== "object") return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (NUMERIC.has(key) && typeof item === "string") {
      const parsed = parseNumber(item, from);
      if (parsed !== null) value[key] = toInput(parsed, to);
    } else {
      convertNumbers(item, from, to);
    }
  }
  return undefined;
}

/** A RoiInput (as the API sends it) as form state. */
export function fromApi(input) {
  const state = emptyInput();
  const text = (v) => (v === null || v === undefined ? "" : String(v));
  const num = (v) => toInput(v === null || v === undefined ? "" : String(v));
  Object.assign(state, {
    program: text(input.program), currency: text(input.currency || "EUR"),
    participants: num(input.participants), label: input.label || "actual",
    benefit_years: num(input.benefit_years ?? 1), long_term: Boolean(input.long_term),
    discount_rate_pct: num(input.discount_rate_pct), intangibles: (input.intangibles || []).join("\n"),
  });
  state.costs = (input.costs || []).map((c) => ({ category: c.category, description: text(c.description),
    amount: num(c.amount), per_participant: Boolean(c.per_participant), prorate_pct: num(c.prorate_pct ?? 100) }));
  state.benefits = (input.benefits || []).map((b) => ({
    description: text(b.description), amount: num(b.amount), quantity: num(b.quantity),
    unit_value: num(b.unit_value), period: b.period, periods_per_year: num(b.periods_per_year),
    per_participant: Boolean(b.per_participant), profit_margin_pct: num(b.profit_margin_pct),
    attribution_pct: num(b.attribution_pct ?? 100), isolation_method: b.isolation_method || "",
    confidence_pct: num(b.confidence_pct ?? 100),
    adjustments: (b.adjustments || []).map((a) => ({ factor: num(a.factor), reason: text(a.reason) })),
  }));
  if (input.respondents) {
    state.use_respondents = true;
    state.respondents = { population: num(input.respondents.population),
      responses: input.respondents.responses.map((r) => ({ annual_value: num(r.annual_value),
        attribution_pct: num(r.attribution_pct), confidence_pct: num(r.confidence_pct),
        exclude_reason: text(r.exclude_reason) })) };
  }
  return state;
}

/**
 * The payload for POST /v1/roi, and the basic problems found on the way (required fields,
 * number syntax, ranges); rules that need several fields are left to the server.
 */
export function toPayload(state) {
  const errors = [];
  const problem = (pointer, key, vars) => errors.push({ pointer, detail: t(key, vars) });
  const number = (raw, pointer, { required = false, integer = false, max, key } = {}) => {
    const text = String(raw ?? "").trim();
    if (!text) {
      if (required) problem(pointer, "roi.err.required");
      return undefined;
    }
    const value = parseNumber(text);
    if (value === null) return problem(pointer, "roi.err.number");
    if (value.startsWith("-")) return problem(pointer, "roi.err.negative");
    if (integer && value.includes(".")) return problem(pointer, "roi.err.integer");
    if (PERCENT.has(key) && Number(value) > 100) return problem(pointer, "roi.err.percent");
    if (max !== undefined && Number(value) > max) return problem(pointer, "roi.err.max", { max });
    return value;
  };
  const required = (raw, pointer) => {
    const text = String(raw ?? "").trim();
    if (!text) problem(pointer, "roi.err.required");
    return text;
  };
  const pick = (object, fields, base) => {
    const out = {};
    for (const [key, options] of Object.entries(fields)) {
      const value = number(object[key], `${base}/${key}`, { ...options, key });
      if (value !== undefined) out[key] = value;
    }
    return out;
  };

  const payload = {
    currency: state.currency.trim() || "EUR",
    label: state.label,
    long_term: state.long_term,
    ...pick(state, { participants: { required: true, integer: true },
      benefit_years: { integer: true }, discount_rate_pct: {} }, ""),
  };
  if (state.program.trim()) payload.program = state.program.trim();
  payload.costs = state.costs.map((cost, i) => ({
    category: cost.category,
    description: required(cost.description, `/costs/${i}/description`),
    per_participant: cost.per_participant,
    ...pick(cost, { amount: { required: true }, prorate_pct: {} }, `/costs/${i}`),
  }));
  payload.benefits = state.benefits.map((benefit, i) => {
    const base = `/benefits/${i}`;
    const out = {
      description: required(benefit.description, `${base}/description`),
      period: benefit.period,
      per_participant: benefit.per_participant,
      isolation_method: required(benefit.isolation_method, `${base}/isolation_method`),
      ...pick(benefit, { amount: {}, quantity: {}, unit_value: {}, periods_per_year: {},
        profit_margin_pct: {}, attribution_pct: {}, confidence_pct: {} }, base),
    };
    out.adjustments = benefit.adjustments.map((adjustment, j) => ({
      reason: required(adjustment.reason, `${base}/adjustments/${j}/reason`),
      ...pick(adjustment, { factor: { required: true, max: 10 } }, `${base}/adjustments/${j}`),
    }));
    return out;
  });
  if (state.use_respondents) {
    const r = state.respondents;
    payload.respondents = {
      ...pick(r, { population: { required: true, integer: true } }, "/respondents"),
      responses: r.responses.map((response, i) => {
        const out = pick(response, { annual_value: { required: true }, attribution_pct: { required: true },
          confidence_pct: { required: true } }, `/respondents/responses/${i}`);
        if (response.exclude_reason.trim()) out.exclude_reason = response.exclude_reason.trim();
        return out;
      }),
    };
  }
  payload.intangibles = state.intangibles.split("\n").map((line) => line.trim()).filter(Boolean);
  return { payload, errors };
}
