// Earlier coding jobs (GET /v1/feedback/jobs, newest first, paged): status, progress, file and
// start time, each one to open again - its results come back after a reload or on another day.
import { api } from "../api.js";
import { clear, h } from "../dom.js";
import { formatDateTime } from "../format.js";
import { t } from "../i18n.js";
import { button } from "../ui.js";

const PAGE = 10;
export const ACTIVE = ["queued", "running"];

export function statusLabel(status) {
  return t(`fb.status.${status}`);
}

function row(job, onOpen) {
  const name = job.source?.filename || t("fb.jobs.json");
  return h("tr", { "data-job": job.id },
    h("td", { class: "file" }, name, job.source?.sheet ? h("span", { class: "hint" }, job.source.sheet) : null),
    h("td", {}, formatDateTime(job.created_at)),
    h("td", { class: `job-status status-${job.status}` }, statusLabel(job.status)),
    h("td", { class: "num" }, t("fb.jobs.count", { done: job.done, total: job.total })),
    h("td", {}, button(t("fb.jobs.open"), { class: "link", onclick: () => onOpen(job),
      "aria-label": `${t("fb.jobs.open")}: ${name}` })));
}

/** The list of jobs; `refresh()` reloads its first page, `onOpen(job)` shows one. */
export function jobsList({ onOpen, onError }) {
  const body = h("tbody", {});
  const more = h("div", { class: "actions" });
  const empty = h("p", { class: "hint", hidden: true }, t("fb.jobs.none"));
  const table = h("div", { class: "table-wrap" }, h("table", { id: "fb-jobs" },
    h("thead", {}, h("tr", {}, [t("fb.jobs.file"), t("fb.jobs.created"), t("fb.jobs.status"),
      t("fb.jobs.progress"), ""].map((label) => h("th", { scope: "col" }, label)))), body));
  const el = h("section", { class: "jobs", "aria-labelledby": "fb-jobs-title" },
    h("h2", { id: "fb-jobs-title" }, t("fb.jobs")), empty, table, more);

  async function load(offset) {
    try {
      const page = await api("/feedback/jobs", { query: { offset, limit: PAGE } });
      if (!offset) clear(body);
      body.append(...page.items.map((job) => row(job, onOpen)));
      empty.hidden = page.total > 0;
      table.hidden = page.total === 0;
      clear(more).append(...(page.next_offset === null ? []
        : [button(t("fb.jobs.more"), { onclick: () => load(page.next_offset) })]));
    } catch (error) {
      onError(error);
    }
  }
  return { el, refresh: () => load(0) };
}
