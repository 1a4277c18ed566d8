// The one client of the REST API: JSON in and out, problem+json errors as ApiError (in the page's
// language, sent as Accept-Language), the API key from the settings dialog (kept in sessionStorage,
// for deployments with EVALASSIST_API_KEYS).
import { lang, safeGet, safeSet, t } from "./i18n.js";

const KEY_STORAGE = "evalassist.apiKey";

export function apiKey() {
  return safeGet(sessionStorage, KEY_STORAGE) || "";
}

export function setApiKey(value) {
  safeSet(sessionStorage, KEY_STORAGE, value.trim());
}

/** A problem+json answer (or a failure to reach the server) as an exception. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title || "";
    this.detail = problem.detail || "";
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

function url(path, query) {
  const target = new URL(`/v1${path}`, window.location.origin);
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== "") target.searchParams.set(key, value);
  }
  return target;
}

async function problemOf(response) {
  const type = response.headers.get("content-type") || "";
  if (type.includes("json")) {
    try {
      return await response.json();
    } catch {
      /* fall through to a generic problem */
    }
  }
  return { title: response.statusText, detail: t("error.http", { status: response.status }) };
}

/**
 * api("/roi", {method: "POST", json: body, query: {lang: "nl"}}).
 * Returns parsed JSON, a Blob for other content, or null for 204; throws ApiError.
 */
export async function api(path, { method = "GET", json, form, query, signal, raw = false } = {}) {
  const headers = { Accept: "application/json, application/problem+json", "Accept-Language": lang() };
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  let body;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form;
  }
  let response;
  try {
    response = await fetch(url(path, query), { method, headers, body, signal });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, { title: t("error.network.title"), detail: t("error.network") });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 401) problem.detail = `${problem.detail || ""} ${t("error.key")}`.trim();
    throw new ApiError(response.status, problem);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get("content-type") || "";
  return type.includes("json") ? response.json() : response.blob();
}

function parseEvent(block) {
  let event = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
  }
  return data.length ? { event, data: JSON.parse(data.join("\n")) } : null;
}

/**
 * POST `json` and read the answer as server-sent events (fetch + ReadableStream, since
 * EventSource cannot POST); calls onEvent({event, data}) for each. Throws ApiError.
 */
export async function apiStream(path, { json, onEvent, signal } = {}) {
  const headers = { Accept: "text/event-stream, application/problem+json", "Accept-Language": lang(),
    "Content-Type": "application/json" };
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(url(path), { method: "POST", headers, body: JSON.stringify(json), signal });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, { title: t("error.network.title"), detail: t("error.network") });
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const event = parseEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event) onEvent(event);
      }
    }
  } catch (error) {
    if (error.name === "AbortError" || error instanceof ApiError) throw error;
    throw new ApiError(0, { title: t("error.network.title"), detail: t("error.stream") });
  }
  const last = parseEvent(buffer.trim());
  if (last) onEvent(last);
}

/** The language the API should answer in (formulas, warnings). */
export function apiLang() {
  return lang();
}

/** Save a Blob as a file (used for CSV/XLSX/DOCX downloads that need the API key header). */
export function saveBlob(blob, filename) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
