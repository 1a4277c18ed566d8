// One stored plan: its version, objectives with live SMART verdicts, the impact map, the
// measurement plan per level (editable), the ROI forecast, open questions and citations.
// Saving PUTs the whole plan, which the API stores as the next version.
import { api, saveBlob } from "../api.js";
import { announce, h, icon } from "../dom.js";
import { formatDateTime } from "../format.js";
import { t } from "../i18n.js";
import { openPassage } from "../passage.js";
import { busy, button, clearMarks, field, focusInside, hideProblem, problemBanner, select,
  showProblem } from "../ui.js";
import { impactMap } from "./impact-map.js";
import { headline } from "./roi-result.js";

const LINE_FIELDS = ["indicators", "instruments"];
const TEXT_FIELDS = ["data_source", "timing", "owner"];

export function verdictView(verdict) {
  return h("div", { class: "smart-inline" },
    h("p", { class: `smart-score${verdict.passed ? " pass" : ""}` }, t("plans.smart.score", { score: verdict.score })),
    h("ul", { class: "criteria" }, verdict.criteria.map((c) => h("li", { class: c.passed ? "pass" : "fail",
      title: c.reason }, icon(c.passed ? "check" : "alert", t(c.passed ? "plans.smart.pass" : "plans.smart.fail")),
    h("span", {}, c.label)))),
    verdict.criteria.filter((c) => !c.passed && c.suggestion).slice(0, 2).map((c) =>
      h("p", { class: "hint" }, `${c.label}: ${c.suggestion}`)));
}

/** `[n]` buttons for cited chunk ids, numbered as in the plan's source list. */
function citeButtons(ids, ctx) {
  return h("span", { class: "cites" }, [...new Set(ids || [])].map((id) => {
    const n = ctx.numbers.get(id);
    const citation = ctx.plan.citations[n - 1];
    return citation ? button(`[${n}]`, { class: "link cite", "aria-label": `${t("plans.source")} ${n}: ${citation.title}`,
      onclick: () => openPassage(citation, ctx.onError) }) : null;
  }));
}

function rowsFor(text, width = 70) {
  return Math.min(8, Math.max(2, Math.ceil(text.length / width) + 1));
}

function lines(value) {
  return value.split("\n").map((line) => line.trim()).filter(Boolean);
}

function objectiveEditor(objective, index, ctx) {
  const pointer = `/objectives/${index}/text`;
  const text = h("textarea", { rows: String(rowsFor(objective.text)), value: objective.text, "data-pointer": pointer, maxlength: "2000" });
  const verdictBox = h("div", { "aria-live": "polite", class: "verdict-box" }, verdictView(objective.smart));
  let timer = 0;
  let asked = 0;
  text.addEventListener("input", () => {
    objective.text = text.value;
    ctx.changed();
    clearTimeout(timer);
    if (!text.value.trim()) return;
    timer = setTimeout(async () => {
      asked += 1;
      const mine = asked;
      try {
        const verdict = await api("/objectives/check", { method: "POST",
          json: { text: objective.text, language: ctx.plan.language } });
        if (mine !== asked) return;
        objective.smart = verdict;
        verdictBox.replaceChildren(verdictView(verdict));
      } catch (error) {
        ctx.onError(error);
      }
    }, 400);
  });
  return h("li", { class: "objective", "data-objective": objective.id },
    h("div", { class: "objective-head" }, h("span", { class: "level-tag" }, t(`plans.level.${objective.level}`)),
      h("span", { class: "hint" }, objective.id, " · ", t(`plans.origin.${objective.origin}`)),
      citeButtons(objective.citation_ids, ctx)),
    field(t("plans.objective", { id: objective.id }), text, { wide: true, hint: `${t("plans.indicator")}: ${objective.indicator}` }),
    verdictBox);
}

function levelRow(level, index, ctx) {
  const base = `/measurement_plan/levels/${index}`;
  const area = (key, value, width = 28) => {
    const el = h("textarea", { rows: String(rowsFor(value, width)), value, "data-pointer": `${base}/${key}` });
    el.addEventListener("input", () => {
      level[key] = LINE_FIELDS.includes(key) ? lines(el.value) : el.value;
      ctx.changed();
    });
    return field(t(`plans.mp.${key}`), el, { wide: key === "what",
      hint: LINE_FIELDS.includes(key) ? t("plans.onePerLine") : null });
  };
  return h("fieldset", { class: "row-box level-row", "data-row-label": `${level.level} ${level.name}`,
    "data-pointer": base },
  h("legend", {}, `${t("plans.level.short", { n: level.level })} · ${level.name}`, citeButtons(level.citation_ids, ctx)),
  h("div", { class: "grid level-grid" }, area("what", level.what, 100),
    ...LINE_FIELDS.map((key) => area(key, level[key].join("\n"))),
    ...TEXT_FIELDS.map((key) => area(key, level[key]))));
}

function phillipsView(section, ctx) {
  if (!section) return null;
  return h("section", {}, h("h3", {}, t("plans.phillips")),
    h("p", {}, h("strong", {}, `${t("plans.isolation")}: ${section.isolation.label}. `), section.isolation.reason,
      citeButtons(section.isolation.citation_ids, ctx)),
    section.conversions.length ? h("ul", {}, section.conversions.map((c) =>
      h("li", {}, h("strong", {}, `${c.kpi}: `), c.method, citeButtons(c.citation_ids, ctx)))) : null,
    costChecklist(section, ctx),
    section.intangibles.length ? h("p", {}, h("strong", {}, `${t("plans.intangibles")}: `),
      section.intangibles.join("; "), citeButtons(section.intangibles_citation_ids, ctx)) : null);
}

/** Each cost category of a fully loaded ROI, with the brief's lines or what is still missing. */
function costChecklist(section, ctx) {
  return h("div", { class: "table-wrap" }, h("table", { class: "compact-table", id: "plan-cost-checklist" },
    h("caption", {}, t("plans.costChecklist"), citeButtons(section.cost_citation_ids, ctx)),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("plans.costCategory")), h("th", { scope: "col" }, t("plans.inBrief")))),
    h("tbody", {}, section.cost_checklist.map((item) => h("tr", { class: item.in_brief ? null : "missing" },
      h("th", { scope: "row" }, item.label),
      h("td", {}, item.in_brief ? item.lines.map((line) => h("div", {}, line)) : t("plans.notInBrief")))))));
}

function bulletList(title, items, id) {
  return items.length ? [h("h3", {}, title), h("ul", { id }, items.map((item) => h("li", {}, item)))] : null;
}

/** The brief's costs and expected benefits and the calculator's forecast, as the exports have them. */
function budgetView(budget, forecast) {
  if (!budget && !forecast) return null;
  return h("section", { id: "plan-budget", "aria-labelledby": "plan-budget-title" },
    h("h2", { id: "plan-budget-title" }, t("plans.budget")),
    budget ? [h("p", { class: "hint", id: "plan-budget-note" }, budget.note),
      bulletList(t("plans.budget.costs"), budget.costs, "plan-costs"),
      bulletList(t("plans.budget.benefits"), budget.benefits, "plan-benefits")] : null,
    forecast ? h("div", { id: "plan-forecast" }, h("h3", {}, t("plans.forecast"), " ",
      h("span", { class: "badge" }, t("roi.label.forecast"))), headline(forecast, null),
    forecast.warnings.length ? [h("h4", {}, t("plans.forecastNotes")), h("ul", { class: "warnings" },
      forecast.warnings.map((w) => h("li", { class: "warning" }, icon("alert"), h("span", {}, w.message))))] : null) : null);
}

/** The file name the server gives (title and version), read from Content-Disposition. */
function fileName(response, fallback) {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") || "");
  return match ? match[1] : fallback;
}

async function download(record, format, onError) {
  try {
    const response = await api(`/plans/${record.id}/export`, { query: { format, version: record.version }, raw: true });
    saveBlob(await response.blob(), fileName(response, `plan-v${record.version}.${format}`));
  } catch (error) {
    onError(error);
  }
}

/**
 * Render `open` ({record, plan (edited copy), dirty}) into `root`. `actions.load(version)`,
 * `actions.saved(record)` are the page's; returns a cleanup function.
 */
export function renderPlan(root, open, actions) {
  const { record, plan } = open;
  const banner = problemBanner();
  const onError = (error) => focusInside(showProblem(banner, root, error) || banner);
  const ctx = { plan, onError, numbers: new Map(plan.citations.map((c, i) => [c.chunk_id, i + 1])),
    changed: () => {
      open.dirty = true;
      saveButton.disabled = false;
      dirtyHint.textContent = t("plans.unsaved");
    } };
  const dirtyHint = h("span", { class: "hint", id: "plan-dirty" }, open.dirty ? t("plans.unsaved") : "");
  const saveButton = h("button", { type: "submit", class: "primary", id: "plan-save", disabled: !open.dirty },
    icon("check"), t("plans.save"));
  const versions = select(Array.from({ length: record.latest_version }, (_, i) => [String(i + 1),
    t("plans.versionOption", { n: i + 1 })]), String(record.version), { id: "plan-version" });
  versions.addEventListener("change", () => {
    if (open.dirty && !window.confirm(t("plans.discard"))) {
      versions.value = String(record.version);
      return;
    }
    actions.load(Number(versions.value));
  });
  const form = h("form", { class: "plan-form", novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    clearMarks(form);
    hideProblem(banner);
    await busy(saveButton, form, async () => {
      try {
        const saved = await api(`/plans/${record.id}`, { method: "PUT", json: plan });
        announce(t("plans.saved", { n: saved.version }));
        actions.saved(saved);
      } catch (error) {
        onError(error);
      }
    });
  } });
  const map = impactMap(plan.impact_map);
  const mp = plan.measurement_plan;
  form.append(...[
    h("section", { "aria-labelledby": "plan-objectives" }, h("h2", { id: "plan-objectives" }, t("plans.objectives")),
      h("ol", { class: "objectives", id: "plan-objective-list" }, plan.objectives.map((o, i) => objectiveEditor(o, i, ctx)))),
    h("section", { "aria-labelledby": "plan-map" }, h("h2", { id: "plan-map" }, t("plans.im.title"),
      citeButtons(plan.impact_map.citation_ids, ctx)), map.el),
    h("section", { "aria-labelledby": "plan-mp" }, h("h2", { id: "plan-mp" }, t("plans.mp.title")),
      h("ul", { class: "recommendations" }, mp.recommendations.map((r) => h("li", {}, r.text, citeButtons(r.citation_ids, ctx)))),
      mp.levels.map((level, i) => levelRow(level, i, ctx)),
      phillipsView(mp.phillips, ctx),
      mp.kirkpatrick ? h("p", { class: "notice" }, icon("info"), mp.kirkpatrick.label, citeButtons(mp.kirkpatrick.citation_ids, ctx)) : null),
    budgetView(plan.budget, plan.roi_forecast),
    plan.open_questions.length ? h("section", {}, h("h2", {}, t("plans.questions")),
      h("ul", { id: "plan-questions" }, plan.open_questions.map((q) => h("li", {}, q.question)))) : null,
    h("section", {}, h("h2", {}, t("plans.sources")),
      h("ol", { class: "citations", id: "plan-citations" }, plan.citations.map((c, i) => h("li", { value: i + 1 },
        button(`[${i + 1}] ${c.title}`, { class: "link", onclick: () => openPassage(c, onError) }),
        h("span", { class: "hint" }, t("kb.lines", { source: c.source, from: c.line_start, to: c.line_end })))))),
    h("div", { class: "actions sticky" }, saveButton, dirtyHint)].filter(Boolean));
  root.append(
    h("p", {}, h("a", { href: "#/plans" }, "← ", t("plans.back"))),
    h("div", { class: "page-head" }, h("h1", { id: "plan-title" }, plan.title),
      h("div", { class: "toolbar" }, ["md", "docx", "json"].map((format) =>
        button(t(`plans.export.${format}`), { onclick: () => download(record, format, onError) }, "download")))),
    h("div", { class: "plan-meta" },
      h("span", { id: "plan-version-text", class: "badge version" }, t("plans.version", { n: record.version, latest: record.latest_version })),
      field(t("plans.showVersion"), versions),
      h("span", { class: "hint" }, `${t(`plans.method.${plan.methodology}`)} · ${t(`lang.${plan.language}`)} · ${t("plans.updated")} ${formatDateTime(record.updated_at)}`)),
    banner, form);
  return map.cleanup;
}
