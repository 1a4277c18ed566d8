// A page whose API is not on this server yet: says so, and names the endpoint it will use.
import { h, icon } from "../dom.js";
import { t } from "../i18n.js";

export function pendingNotice(endpoint) {
  return h("div", { class: "notice", role: "note" }, icon("info"),
    h("p", {}, t("pending.text"), " ", h("code", {}, endpoint)));
}

export function pendingPage(id, iconName, endpoint) {
  return {
    id,
    icon: iconName,
    render(main) {
      main.append(h("h1", {}, t(`nav.${id}`)), h("p", { class: "lead" }, t(`${id}.intro`)),
        h("div", { class: "notice", role: "note" }, icon("info"),
          h("p", {}, t("pending.text"), " ", h("code", {}, endpoint))));
    },
  };
}
