// Costs vs adjusted benefits as two stacked bars (one segment per line), with the break-even
// line at the benefits needed. Drawn from the API's figures; nothing is computed but the scale.
import { s } from "../dom.js";
import { formatMoney } from "../format.js";
import { t } from "../i18n.js";

const W = 580;
const H = 280;
const PAD = { left: 96, right: 150, top: 20, bottom: 40 };
const BAR = 110;

function niceMax(value) {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= value) * magnitude;
  return step;
}

function stack(lines, x, y, cls, result) {
  const group = s("g", { class: cls });
  let top = y(0);
  lines.forEach((line, i) => {
    const height = y(0) - y(Number(line.value));
    if (height <= 0) return;
    top -= height;
    group.append(s("rect", { x, y: top, width: BAR, height, class: i % 2 ? "alt" : "" },
      s("title", {}, `${line.description}: ${formatMoney(line.value, result.currency)}`)));
  });
  return group;
}

export function roiChart(result) {
  const costs = Number(result.total_costs);
  const benefits = Number(result.total_benefits);
  const needed = Number(result.break_even.benefits_needed);
  const max = niceMax(Math.max(costs, benefits, needed) * 1.05);
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v) => PAD.top + plotH - (v / max) * plotH;
  const xCost = PAD.left + 30;
  const xBenefit = xCost + BAR + 60;
  const titleId = "roi-chart-title";
  const descId = "roi-chart-desc";
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img",
    "aria-labelledby": `${titleId} ${descId}` },
  s("title", { id: titleId }, t("roi.chart.title")),
  s("desc", { id: descId }, t("roi.chart.desc", {
    costs: formatMoney(result.total_costs, result.currency),
    benefits: formatMoney(result.total_benefits, result.currency),
    needed: formatMoney(result.break_even.benefits_needed, result.currency) })));
  for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
    const value = max * fraction;
    svg.append(s("line", { x1: PAD.left, x2: W - PAD.right, y1: y(value), y2: y(value), class: "grid-line" }),
      s("text", { x: PAD.left - 8, y: y(value) + 4, class: "tick", "text-anchor": "end" },
        formatMoney(String(Math.round(value)), result.currency)));
  }
  const lines = (kind) => result.lines.filter((line) => line.kind === kind);
  svg.append(stack(lines("cost"), xCost, y, "bar-cost", result),
    stack(lines("benefit"), xBenefit, y, "bar-benefit", result),
    s("text", { x: xCost + BAR / 2, y: H - PAD.bottom + 20, "text-anchor": "middle", class: "axis-label" },
      t("roi.chart.costs")),
    s("text", { x: xBenefit + BAR / 2, y: H - PAD.bottom + 20, "text-anchor": "middle", class: "axis-label" },
      t("roi.chart.benefits")),
    s("line", { x1: PAD.left, x2: W - PAD.right + 8, y1: y(needed), y2: y(needed), class: "break-even" }),
    s("text", { x: W - PAD.right + 12, y: y(needed) - 4, class: "break-even-label" }, t("roi.chart.breakEven")),
    s("text", { x: W - PAD.right + 12, y: y(needed) + 12, class: "tick" },
      formatMoney(result.break_even.benefits_needed, result.currency)));
  return svg;
}
