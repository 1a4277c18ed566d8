// Calibrate the coder to the evaluator's own coding (POST /v1/feedback/coders) from the file
// and columns already chosen, show what it gained, and offer the stored coders for new jobs.
import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDecimal } from "../format.js";
import { t } from "../i18n.js";
import { button, field, focusInside, hideProblem, progress, select, showProblem } from "../ui.js";

const num = (v) => formatDecimal(v.toFixed(3));
const ci = (v) => `${num(v.value)} [${num(v.low)}–${num(v.high)}]`;

function report(coder) {
  const r = coder.report;
  const levels = h("div", { class: "table-wrap" }, h("table", { class: "per-class", id: "fb-cal-levels" },
    h("thead", {}, h("tr", {}, [t("fb.level"), "n", t("fb.cal.f1Before"), t("fb.cal.f1After"),
      t("fb.cal.kappaBefore"), t("fb.cal.kappaAfter")].map((label, i) =>
      h("th", { scope: "col", class: i ? "num" : null }, label)))),
    h("tbody", {}, r.per_level.map((row) => h("tr", {}, h("th", { scope: "row" }, row.level),
      h("td", { class: "num" }, String(row.n)), h("td", { class: "num" }, num(row.f1_before)),
      h("td", { class: "num" }, num(row.f1_after)), h("td", { class: "num" }, ci(row.kappa_before)),
      h("td", { class: "num" }, ci(row.kappa_after)))))));
  const curve = r.learning_curve.map((p) => t("fb.cal.point", { rows: p.rows, kappa: num(p.kappa) })).join(", ");
  const next = r.suggestions.length ? h("details", {}, h("summary", {}, t("fb.cal.next", { n: r.suggestions.length })),
    h("ol", { id: "fb-cal-next" }, r.suggestions.map((s) => h("li", {},
      t("fb.cal.row", { row: s.row, level: s.primary, confidence: formatDecimal(s.confidence.toFixed(2)) }),
      " ", h("q", {}, s.text))))) : null;
  return h("section", { id: "fb-cal-report", "aria-labelledby": "fb-cal-title" },
    h("h3", { id: "fb-cal-title" }, t("fb.cal.stored", { name: coder.name })),
    h("dl", { class: "metrics" },
      h("div", { class: "metric" }, h("dt", {}, t("fb.cal.before")), h("dd", {}, ci(r.kappa_before))),
      h("div", { class: "metric big" }, h("dt", {}, t("fb.cal.after")), h("dd", { id: "fb-cal-after" }, ci(r.kappa_after))),
      h("div", { class: "metric" }, h("dt", {}, t("fb.cal.gain")), h("dd", {}, ci(r.kappa_gain))),
      h("div", { class: "metric" }, h("dt", {}, t("fb.compared")), h("dd", {}, String(r.rows)))),
    h("p", { class: r.applied ? "notice" : "warning", id: "fb-cal-verdict" },
      r.applied ? t("fb.cal.better") : t("fb.cal.notApplied")),
    h("p", { class: "hint" }, t("fb.cal.how")), levels,
    h("p", {}, t("fb.cal.curve", { curve }), " ", r.rows_for_gain !== null ? t("fb.cal.more", { n: r.rows_for_gain }) : t("fb.cal.enough")),
    r.disabled_rules.length ? h("p", { class: "hint" }, t("fb.cal.rules", { rules: r.disabled_rules.join(", ") })) : null,
    next);
}

/**
 * The calibration box for `state` ({file, info, textColumn, goldColumn}); `onStored(coder)` is
 * called once a coder is stored; `banner`/`root` show problems.
 */
export function calibrationBox(state, { banner, root, onStored }) {
  const stem = (state.file?.name || "").replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "").slice(0, 63);
  const name = h("input", { type: "text", value: stem || "my-coder", maxlength: "63", "data-pointer": "/name",
    pattern: "[A-Za-z0-9][A-Za-z0-9_\\-]*", id: "fb-cal-name" });
  const bar = progress(t("fb.cal.working"));
  const out = h("div", { "aria-live": "polite" });
  const go = button(t("fb.cal.start"), { id: "fb-cal-start", onclick: async () => {
    hideProblem(banner);
    const form = new FormData();
    form.append("file", state.file);
    form.append("text_column", state.textColumn || "text");
    form.append("label_column", state.goldColumn);
    form.append("name", name.value.trim());
    if (state.info?.sheet) form.append("sheet", state.info.sheet);
    go.disabled = true;
    bar.start();
    try {
      const coder = await api("/feedback/coders", { method: "POST", form });
      out.replaceChildren(report(coder));
      onStored(coder);
    } catch (error) {
      focusInside(showProblem(banner, root, error) || banner);
    } finally {
      bar.stop();
      go.disabled = false;
    }
  } }, "play");
  return h("section", { class: "group-box", id: "fb-calibrate", "aria-labelledby": "fb-cal-h" },
    h("h2", { id: "fb-cal-h" }, t("fb.cal.title")),
    h("p", { class: "hint" }, t("fb.cal.intro", { column: state.goldColumn })),
    h("div", { class: "grid" }, field(t("fb.cal.name"), name, { hint: t("fb.cal.name.hint") })),
    h("div", { class: "actions" }, go, bar.el), out);
}

/** A picker of the coder that codes the job: the shipped one or a calibrated one. */
export async function coderPicker(chosen, onChange) {
  let coders = [];
  try {
    coders = await api("/feedback/coders");
  } catch {
    coders = [];
  }
  if (!coders.length) return null;
  const control = select([["", t("fb.cal.shipped")], ...coders.map((c) => [c.name,
    t("fb.cal.option", { name: c.name, kappa: num(c.report.kappa_after.value) })])], chosen, { id: "fb-coder",
    "data-pointer": "/coder" });
  control.addEventListener("change", () => onChange(control.value));
  return field(t("fb.cal.coder"), control);
}
