// One string table per language (i18n/en.js, i18n/nl.js); t() looks a key up in the current one.
import en from "./i18n/en.js";
import nl from "./i18n/nl.js";

export const TABLES = { en, nl };
export const LANGS = ["nl", "en"];
const STORAGE_KEY = "evalassist.lang";
let current = initialLang();
const listeners = new Set();

function initialLang() {
  const stored = safeGet(localStorage, STORAGE_KEY);
  if (stored && TABLES[stored]) return stored;
  const browser = (navigator.language || "en").toLowerCase();
  return browser.startsWith("nl") ? "nl" : "en";
}

export function safeGet(storage, key) {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function safeSet(storage, key, value) {
  try {
    if (value === null || value === "") storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    /* storage may be disabled; the setting then lasts for this page only */
  }
}

export function lang() {
  return current;
}

export function setLang(next) {
  if (!TABLES[next] || next === current) return;
  const previous = current;
  current = next;
  safeSet(localStorage, STORAGE_KEY, next);
  document.documentElement.lang = next;
  for (const listener of listeners) listener(next, previous);
}

export function onLangChange(listener) {
  listeners.add(listener);
}

/** t("roi.title") or t("feedback.progress", {done: 3, total: 9}). */
export function t(key, vars) {
  let text = TABLES[current][key] ?? TABLES.en[key];
  if (text === undefined) {
    console.warn(`missing string: ${key}`);
    return key;
  }
  if (vars) {
    text = text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
  }
  return text;
}
