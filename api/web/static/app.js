// The shell: navigation (hash routes), language switch, settings dialog; pages render into <main>.
import { apiKey, setApiKey } from "./api.js";
import { clear, h, icon, setIconUrl } from "./dom.js";
import { lang, onLangChange, setLang, t } from "./i18n.js";
import { button, field } from "./ui.js";
import chat from "./pages/chat.js";
import feedback from "./pages/feedback.js";
import knowledge from "./pages/knowledge.js";
import plans from "./pages/plans.js";
import roi from "./pages/roi.js";

const ASSETS = document.querySelector("script[data-assets]").dataset.assets;
setIconUrl(`${ASSETS}/icons.svg`);

// Each page: {id, icon, render(container, params) -> optional cleanup}; pages keep their own
// state between visits, so nothing typed is lost when switching pages or languages.
const PAGES = [chat, plans, feedback, roi, knowledge];
const DEFAULT_PAGE = "chat";
let active = null;
let cleanup = null;

function route() {
  const match = /^#\/([\w-]+)(?:\/(.*))?$/.exec(window.location.hash);
  const page = PAGES.find((p) => p.id === match?.[1]);
  return { page: page || PAGES.find((p) => p.id === DEFAULT_PAGE), rest: page ? match[2] || "" : "" };
}

function renderNav() {
  const nav = document.getElementById("nav");
  nav.setAttribute("aria-label", t("nav.label"));
  clear(nav).append(h("ul", {}, PAGES.map((page) => h("li", {},
    h("a", {
      href: `#/${page.id}`,
      id: `nav-${page.id}`,
      "aria-current": active?.id === page.id ? "page" : null,
    }, icon(page.icon), h("span", {}, t(`nav.${page.id}`)))))));
}

function renderPage({ focus = true } = {}) {
  const { page, rest } = route();
  if (cleanup) cleanup();
  cleanup = null;
  active = page;
  renderNav();
  const main = clear(document.getElementById("main"));
  document.title = `${t(`nav.${page.id}`)} · evalassist`;
  cleanup = page.render(main, rest) || null;
  const heading = main.querySelector("h1");
  if (heading && focus) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

function renderChrome() {
  document.documentElement.lang = lang();
  const skip = document.getElementById("skip-link");
  skip.textContent = t("shell.skip");
  const select = document.getElementById("lang-select");
  select.value = lang();
  document.getElementById("lang-label").textContent = t("shell.language");
  for (const option of select.options) option.textContent = t(`lang.${option.value}`);
  const settings = document.getElementById("settings-button");
  settings.replaceChildren(icon("key"), h("span", {}, t("settings.title")));
}

function openSettings() {
  const dialog = document.getElementById("settings-dialog");
  const input = h("input", { type: "password", value: apiKey(), autocomplete: "off", spellcheck: "false" });
  const form = h("form", { method: "dialog" },
    h("h2", { id: "settings-title" }, t("settings.title")),
    h("p", {}, t("settings.keyHelp")),
    field(t("settings.key"), input),
    h("div", { class: "actions" },
      h("button", { type: "submit", value: "save", class: "primary" }, t("common.save")),
      button(t("settings.forget"), { onclick: () => { input.value = ""; } }),
      h("button", { type: "submit", value: "cancel" }, t("common.cancel"))));
  clear(dialog).append(form);
  dialog.onclose = () => {
    if (dialog.returnValue === "save") setApiKey(input.value);
    document.getElementById("settings-button").focus();
  };
  dialog.showModal();
  input.focus();
}

function start() {
  const skip = document.getElementById("skip-link");
  skip.addEventListener("click", (event) => {
    event.preventDefault();
    document.getElementById("main").focus();
  });
  document.getElementById("lang-select").addEventListener("change", (event) => setLang(event.target.value));
  document.getElementById("settings-button").addEventListener("click", openSettings);
  document.addEventListener("open-settings", openSettings);
  onLangChange(() => {
    renderChrome();
    renderPage({ focus: false });
  });
  window.addEventListener("hashchange", () => {
    if (window.location.hash.startsWith("#/")) renderPage();
  });
  if (!window.location.hash.startsWith("#/")) history.replaceState(null, "", `#/${DEFAULT_PAGE}`);
  renderChrome();
  renderPage({ focus: false });
}

start();
