// The impact map as a diagram: four columns of boxes (learning activities -> critical
// behaviours -> operational goals -> strategic goals) and SVG arrows between them, drawn from
// the plan's impact_map data (no Mermaid). Dashed arrows are links the plan assumes.
import { h, s } from "../dom.js";
import { t } from "../i18n.js";

const COLUMNS = [
  ["activities", (n) => n.text],
  ["behaviours", (n) => n.text],
  ["operational_goals", (n) => n.description],
  ["strategic_goals", (n) => n.text],
];

function node(item, text, extra) {
  return h("div", { class: `im-node${item.proposed ? " proposed" : ""}`, id: `im-${item.id}`,
    "data-node": item.id }, h("span", { class: "im-id" }, item.id), h("span", { class: "im-text" }, text),
  extra);
}

function goalFigures(goal) {
  if (goal.figures) return h("span", { class: "im-figures" }, goal.figures);
  if (!goal.baseline && !goal.target) return null;
  const value = (f) => (f ? `${f.value}${f.unit ? ` ${f.unit}` : ""}` : "?");
  return h("span", { class: "im-figures" }, `${value(goal.baseline)} → ${value(goal.target)}`);
}

function drawArrows(box, svg, links) {
  const origin = box.getBoundingClientRect();
  svg.setAttribute("width", String(box.scrollWidth));
  svg.setAttribute("height", String(box.scrollHeight));
  svg.querySelectorAll("path").forEach((path) => path.remove());
  for (const link of links) {
    const from = box.querySelector(`[data-node="${CSS.escape(link.source)}"]`);
    const to = box.querySelector(`[data-node="${CSS.escape(link.target)}"]`);
    if (!from || !to) continue;
    const a = from.getBoundingClientRect();
    const b = to.getBoundingClientRect();
    const x1 = a.right - origin.left;
    const y1 = a.top + a.height / 2 - origin.top;
    const x2 = b.left - origin.left - 2;
    const y2 = b.top + b.height / 2 - origin.top;
    const bend = Math.max(20, (x2 - x1) / 2);
    svg.append(s("path", { d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`,
      class: link.assumed ? "assumed" : "stated", "marker-end": "url(#im-arrow)",
      "data-link": `${link.source}-${link.target}` }));
  }
}

/** The diagram element; returns {el, cleanup}. Arrows follow the boxes when the width changes. */
export function impactMap(map) {
  const svg = s("svg", { class: "im-arrows", "aria-hidden": "true" },
    s("defs", {}, s("marker", { id: "im-arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
      markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" },
    s("path", { d: "M0,0 L10,5 L0,10 z", class: "im-head" }))));
  const columns = COLUMNS.map(([key, text]) => h("div", { class: "im-column" },
    h("h4", {}, t(`plans.im.${key}`)),
    (map[key] || []).map((item) => node(item, text(item), key === "operational_goals" ? goalFigures(item) : null))));
  const board = h("div", { class: "im-board" }, svg, ...columns);
  const names = new Map(COLUMNS.flatMap(([key, text]) => (map[key] || []).map((item) => [item.id, text(item)])));
  const asText = h("details", { class: "im-text-links" }, h("summary", {}, t("plans.im.asText")),
    h("ul", {}, map.links.map((link) => h("li", {},
      `${link.source} ${names.get(link.source) || ""} → ${link.target} ${names.get(link.target) || ""}`,
      link.assumed ? ` (${t("plans.im.assumed")})` : ""))));
  const el = h("figure", { class: "impact-map", id: "impact-map", "aria-label": t("plans.im.title") },
    h("div", { class: "im-scroll" }, board),
    h("figcaption", {}, h("span", { class: "swatch stated" }), t("plans.im.stated"),
      h("span", { class: "swatch assumed" }), t("plans.im.assumed"),
      h("span", { class: "swatch proposed" }), t("plans.im.proposed")),
    asText);
  const redraw = () => drawArrows(board, svg, map.links);
  const observer = new ResizeObserver(redraw);
  observer.observe(board);
  return { el, cleanup: () => observer.disconnect() };
}
