// Numbers as text, exactly: the API sends decimal strings; the page groups digits for reading
// and turns what people type ("22.500,50" in Dutch, "22,500.50" in English) into "22500.50".
import { lang } from "./i18n.js";

const SEPARATORS = { nl: { group: ".", decimal: "," }, en: { group: ",", decimal: "." } };
const CANONICAL = /^-?\d+(\.\d+)?$/;

/** Parse what a person typed into a canonical decimal string, or null when it is no number. */
export function parseNumber(text, language = lang()) {
  let value = String(text ?? "").trim().replace(/[\s\u00a0\u202f']/g, "");
  if (!value) return null;
  const { group, decimal } = SEPARATORS[language];
  const thousands = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  if (thousands.test(value) || value.includes(decimal)) {
    value = value.split(group).join("").replace(decimal, ".");
  }
  return CANONICAL.test(value) ? value.replace(/^(-?)0+(?=\d)/, "$1") : null;
}

/** A canonical decimal string as it should stand in an input field of this language. */
export function toInput(canonical, language = lang()) {
  if (canonical === null || canonical === undefined || canonical === "") return "";
  return String(canonical).replace(".", SEPARATORS[language].decimal);
}

/** A decimal string for reading: "1234567.5" -> "1.234.567,5" (nl) or "1,234,567.5" (en). */
export function formatDecimal(value, language = lang()) {
  if (value === null || value === undefined) return "";
  const text = String(value);
  if (!CANONICAL.test(text)) return text;
  const { group, decimal } = SEPARATORS[language];
  const negative = text.startsWith("-");
  const [whole, fraction] = text.replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}

// Currency symbols as CLDR writes them (the server's assistant/text/formatting.py uses the same):
// Dutch "€ 12.500" and "US$ 12.500" with a no-break space, English "€12,500" and "$12,500".
const SYMBOLS = { EUR: { nl: "€", en: "€" }, USD: { nl: "US$", en: "$" }, GBP: { nl: "£", en: "£" } };
const NBSP = "\u00a0";

/** An amount in its own currency, written the reader's way; unknown codes stand before it. */
export function formatMoney(value, currency, language = lang()) {
  const number = formatDecimal(value, language);
  const symbol = SYMBOLS[currency]?.[language];
  if (!symbol) return `${currency}${NBSP}${number}`;
  if (language === "nl") return `${symbol}${NBSP}${number}`;
  return number.startsWith("-") ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`;
}

/** Percentage points: "4,5 %" (Dutch, no-break space) or "4.5%" (English). */
export function formatPct(value, language = lang()) {
  const number = formatDecimal(value, language);
  return language === "nl" ? `${number}${NBSP}%` : `${number}%`;
}

export function formatDateTime(iso, language = lang()) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleString(language === "nl" ? "nl-NL" : "en-GB");
}
