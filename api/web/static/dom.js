// DOM building without innerHTML: every string becomes a text node, so untrusted text
// (comments, documents, model output, API errors) is always shown as text, never parsed.

const SVG_NS = "http://www.w3.org/2000/svg";

function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "text") {
      el.textContent = String(value);
    } else if (key === "value" && "value" in el) {
      el.value = value;
    } else if (key === "checked" || key === "selected" || key === "disabled") {
      el[key] = Boolean(value);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** h("p", {class: "x"}, "text", otherNode): an HTML element. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** s("rect", {x: 1}): an SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null) el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

let iconUrl = "";
export function setIconUrl(url) {
  iconUrl = url;
}

/** An icon from the sprite; decorative unless a label is given. */
export function icon(name, label) {
  const svg = s("svg", { class: "icon", focusable: "false", "aria-hidden": label ? null : "true" },
    s("use", { href: `${iconUrl}#${name}` }));
  if (label) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", label);
  }
  return svg;
}

let uid = 0;
export function nextId(prefix = "f") {
  uid += 1;
  return `${prefix}-${uid}`;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Announce a short message to screen readers (and show it in the status line). */
export function announce(text) {
  const region = document.getElementById("status");
  if (region) region.textContent = text;
}
