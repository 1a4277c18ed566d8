// Shared widgets: labelled fields, the problem banner, field errors from JSON pointers, progress.
import { h, icon, nextId } from "./dom.js";
import { t } from "./i18n.js";

/** A labelled control. `control` is an input/select/textarea; `pointer` ties it to API errors. */
export function field(label, control, { pointer, hint, wide = false } = {}) {
  const id = control.id || nextId();
  control.id = id;
  const errorId = `${id}-error`;
  const describedBy = [errorId];
  let hintEl = null;
  if (hint) {
    hintEl = h("span", { class: "hint", id: `${id}-hint` }, hint);
    describedBy.unshift(hintEl.id);
  }
  control.setAttribute("aria-describedby", describedBy.join(" "));
  if (pointer) control.dataset.pointer = pointer;
  const isCheck = control.type === "checkbox" || control.type === "radio";
  return h("div", { class: `field${isCheck ? " check" : ""}${wide ? " wide" : ""}` },
    isCheck ? [control, h("label", { for: id }, label)] : [h("label", { for: id }, label), control],
    hintEl,
    h("span", { class: "field-error", id: errorId }));
}

export function textInput(value, attrs = {}) {
  return h("input", { type: "text", value: value ?? "", autocomplete: "off", ...attrs });
}

export function numberInput(value, attrs = {}) {
  return h("input", { type: "text", inputmode: "decimal", value: value ?? "", autocomplete: "off",
    class: "num", ...attrs });
}

export function select(options, value, attrs = {}) {
  return h("select", attrs, options.map(([v, label]) =>
    h("option", { value: v, selected: v === value }, label)));
}

export function button(label, attrs = {}, iconName) {
  return h("button", { type: "button", ...attrs }, iconName ? icon(iconName) : null, label);
}

/** Show or clear the message of the control (or row) at `pointer`; returns the element found. */
export function markField(root, pointer, message) {
  const el = findByPointer(root, pointer);
  if (!el) return null;
  if (message) el.setAttribute("aria-invalid", "true");
  else el.removeAttribute("aria-invalid");
  const errorEl = el.id ? root.querySelector(`#${CSS.escape(el.id)}-error`) : null;
  if (errorEl) errorEl.textContent = message || "";
  return el;
}

/** The element for a pointer, or for the nearest pointer above it (`/costs/0/x` -> `/costs/0`). */
export function findByPointer(root, pointer) {
  let current = pointer;
  while (current) {
    const el = root.querySelector(`[data-pointer="${CSS.escape(current)}"]`);
    if (el) return el;
    current = current.slice(0, Math.max(0, current.lastIndexOf("/")));
  }
  return null;
}

/** Focus `el`, or the first control inside it when it is a row or a group. */
export function focusInside(el) {
  if (!el) return;
  const control = el.matches("input, select, textarea, button, [tabindex]") ? el
    : el.querySelector("input, select, textarea, button");
  (control || el).focus();
}

export function clearMarks(root) {
  for (const el of root.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const el of root.querySelectorAll(".field-error")) el.textContent = "";
}

/**
 * Show an error (ApiError or client-side list) in `banner` and mark the fields it names.
 * Returns the first marked element, so the caller can move focus there.
 */
export function showProblem(banner, root, error) {
  banner.replaceChildren();
  banner.hidden = false;
  const title = error.title || t("error.title");
  const detail = error.status === 0 || !error.errors?.length ? error.detail : t("error.fields");
  const list = h("ul", { class: "problem-list" });
  let first = null;
  for (const item of error.errors || []) {
    const el = root ? markField(root, item.pointer, item.detail) : null;
    first = first || el;
    const text = `${labelFor(root, item.pointer) || item.pointer}: ${item.detail}`;
    list.append(h("li", {}, el && el.id
      ? h("a", { href: `#${el.id}`, onclick: (event) => { event.preventDefault(); focusInside(el); } }, text)
      : text));
  }
  banner.append(...[h("p", { class: "problem-title" }, icon("alert"), title),
    detail ? h("p", {}, detail) : null, list.children.length ? list : null].filter(Boolean));
  if (error.status === 401) {
    banner.append(h("p", {}, button(t("settings.open"), {
      class: "link", onclick: () => document.dispatchEvent(new CustomEvent("open-settings")) }, "key")));
  }
  return first;
}

export function hideProblem(banner) {
  banner.hidden = true;
  banner.replaceChildren();
}

function labelFor(root, pointer) {
  const el = root && findByPointer(root, pointer);
  if (!el) return "";
  const label = el.id && root.querySelector(`label[for="${CSS.escape(el.id)}"]`);
  const row = el.closest("[data-row-label]");
  const rowLabel = row && row !== el ? `${row.dataset.rowLabel} – ` : "";
  if (label) return rowLabel + label.textContent;
  return el.dataset.rowLabel || el.getAttribute("aria-label") || "";
}

export function problemBanner() {
  return h("div", { class: "problem", role: "alert", hidden: true, tabindex: "-1" });
}

/** A progress bar with a text: determinate when `value` is a fraction, busy otherwise. */
export function progress(labelText) {
  const bar = h("progress", { max: "1" });
  const text = h("span", { class: "progress-text" }, labelText || t("common.working"));
  const wrap = h("div", { class: "progress", role: "status", hidden: true }, bar, text);
  return {
    el: wrap,
    start(label) {
      wrap.hidden = false;
      bar.removeAttribute("value");
      text.textContent = label || t("common.working");
    },
    update(fraction, label) {
      bar.value = fraction;
      if (label) text.textContent = label;
    },
    stop() {
      wrap.hidden = true;
    },
  };
}

/** Run `work` with `buttonEl` disabled and `aria-busy` set on `region`. */
export async function busy(buttonEl, region, work) {
  buttonEl.disabled = true;
  region?.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    buttonEl.disabled = false;
    region?.removeAttribute("aria-busy");
  }
}

/** A page's heading and lead text (from `nav.<id>` and `<id>.intro`), then an empty body. */
export function pageBody(main, id) {
  const body = h("div", {});
  main.append(h("h1", {}, t(`nav.${id}`)), h("p", { class: "lead" }, t(`${id}.intro`)), body);
  return body;
}
