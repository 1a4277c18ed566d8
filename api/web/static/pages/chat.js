// Chat: sessions (new, resume, rename, delete; /v1/chat/sessions) and the conversation, the
// reply streamed as server-sent events (POST .../messages with Accept: text/event-stream) and
// shown with clickable [n] citations and tool cards. What the user typed is kept on an error.
import { api, apiStream } from "../api.js";
import { announce, clear, h, icon } from "../dom.js";
import { formatDateTime } from "../format.js";
import { t } from "../i18n.js";
import { button, field, focusInside, hideProblem, pageBody, problemBanner, showProblem } from "../ui.js";
import { openPassage, quoted } from "../passage.js";
import { replyText, toolCards } from "./chat-cards.js";

const state = { sessions: null, current: null, history: [], draft: "", sending: false, loaded: false };
let view = null;

function onError(error) {
  if (view) focusInside(showProblem(view.banner, null, error) || view.banner);
}

// --- sessions ------------------------------------------------------------------------------

async function loadSessions() {
  try {
    state.sessions = (await api("/chat/sessions", { query: { limit: 50 } })).items;
    const mine = state.sessions.find((session) => session.id === state.current?.id);
    if (mine && view) {
      state.current.title = mine.title;
      view.title.textContent = mine.title;
    }
  } catch (error) {
    onError(error);
  }
  drawSessions();
}

async function openSession(id) {
  hideProblem(view.banner);
  try {
    const session = await api(`/chat/sessions/${encodeURIComponent(id)}`);
    state.current = session;
    state.history = session.history.map((m) => ({ role: m.role, text: m.text, reply: m.reply }));
  } catch (error) {
    onError(error);
  }
  drawSessions();
  drawConversation();
  view?.input.focus();
}

function newSession() {
  state.current = null;
  state.history = [];
  hideProblem(view.banner);
  drawSessions();
  drawConversation();
  view.input.focus();
}

async function renameSession(session) {
  const title = window.prompt(t("chat.renamePrompt"), session.title);
  if (title === null || !title.trim()) return;
  try {
    await api(`/chat/sessions/${encodeURIComponent(session.id)}`, { method: "PATCH", json: { title: title.trim() } });
    if (state.current?.id === session.id) state.current.title = title.trim();
    announce(t("chat.renamed"));
  } catch (error) {
    onError(error);
  }
  await loadSessions();
}

async function deleteSession(session) {
  if (!window.confirm(t("chat.confirmDelete", { title: session.title }))) return;
  try {
    await api(`/chat/sessions/${encodeURIComponent(session.id)}`, { method: "DELETE" });
    if (state.current?.id === session.id) {
      state.current = null;
      state.history = [];
      drawConversation();
    }
    announce(t("chat.deleted"));
  } catch (error) {
    onError(error);
  }
  await loadSessions();
}

function drawSessions() {
  if (!view) return;
  const items = state.sessions || [];
  view.sessions.replaceChildren(
    button(t("chat.new"), { class: "primary", id: "chat-new", onclick: newSession }, "plus"),
    items.length ? h("ul", { class: "session-list", id: "chat-sessions" }, items.map((session) =>
      h("li", { class: state.current?.id === session.id ? "current" : null },
        button(session.title || t("chat.untitled"), { class: "session-open",
          "aria-current": state.current?.id === session.id ? "true" : null,
          title: formatDateTime(session.updated_at), onclick: () => openSession(session.id) }),
        h("span", { class: "session-tools" },
          button("", { class: "ghost icon-only", "aria-label": t("chat.rename", { title: session.title }),
            onclick: () => renameSession(session) }, "edit"),
          button("", { class: "ghost icon-only danger", "aria-label": t("chat.delete", { title: session.title }),
            onclick: () => deleteSession(session) }, "trash")))))
      : h("p", { class: "hint" }, t("chat.noSessions")));
}

// --- the conversation ----------------------------------------------------------------------

function messageView(message) {
  if (message.role === "user") {
    return h("li", { class: "msg user" }, h("span", { class: "visually-hidden" }, `${t("chat.you")}: `),
      h("p", { class: "reply-text" }, message.text));
  }
  const reply = message.reply;
  const text = reply ? reply.text : message.text;
  return h("li", { class: `msg assistant${message.streaming ? " streaming" : ""}`, "aria-busy": message.streaming ? "true" : null },
    h("span", { class: "visually-hidden" }, "evalassist: "),
    text ? replyText(text, reply?.citations, onError) : h("p", { class: "hint" }, t("chat.thinking")),
    reply ? toolCards(reply.tools) : null,
    reply?.citations?.length ? h("ol", { class: "citations chat-sources" }, reply.citations.map((c) =>
      h("li", { value: c.n }, button(`[${c.n}] ${c.title}`, { class: "link", onclick: () => openPassage(c, onError) }),
      h("span", { class: "hint" }, ` ${c.source}, ${c.line_start}–${c.line_end}`),
      quoted(c, reply.language)))) : null);
}

function examples() {
  return h("div", { class: "examples" }, h("p", { class: "hint" }, t("chat.try")),
    ["chat.ex.method", "chat.ex.roi", "chat.ex.plan"].map((key) => button(t(key), { class: "example",
      onclick: () => { view.input.value = t(key); state.draft = view.input.value; view.input.focus(); } })));
}

function drawConversation() {
  if (!view) return;
  view.title.textContent = state.current?.title || t("chat.newTitle");
  view.log.replaceChildren(...state.history.map(messageView));
  view.empty.replaceChildren(state.history.length ? "" : examples());
  view.log.lastElementChild?.scrollIntoView({ block: "end" });
}

function drawLast() {
  const last = state.history[state.history.length - 1];
  const el = messageView(last);
  view?.log.lastElementChild?.replaceWith(el);
  el.scrollIntoView({ block: "end" });
}

async function send(text) {
  if (state.sending) return;
  hideProblem(view.banner);
  state.sending = true;
  view.send.disabled = true;
  const user = { role: "user", text };
  const assistant = { role: "assistant", text: "", streaming: true, reply: null };
  try {
    if (!state.current) {
      state.current = await api("/chat/sessions", { method: "POST", json: {} });
    }
    state.history.push(user, assistant);
    state.draft = "";
    view.input.value = "";
    drawConversation();
    await apiStream(`/chat/sessions/${encodeURIComponent(state.current.id)}/messages`, {
      json: { text },
      onEvent: ({ event, data }) => {
        if (event === "token") assistant.text += data.text;
        else if (event === "done") assistant.reply = data;
        else return;
        if (view) drawLast();
      },
    });
    if (!assistant.reply) throw new Error(t("error.stream"));
    assistant.streaming = false;
    announce(assistant.reply.text.slice(0, 200));
    loadSessions();
  } catch (error) {
    state.history = state.history.filter((m) => m !== user && m !== assistant);
    state.draft = text;
    if (view) {
      view.input.value = text;
      onError(error.status !== undefined ? error : { title: t("error.title"), detail: error.message });
    }
  } finally {
    state.sending = false;
    if (view) {
      view.send.disabled = false;
      drawConversation();
    }
  }
}

function renderAvailable(root) {
  const input = h("textarea", { rows: "3", value: state.draft, id: "chat-input", maxlength: "100000" });
  input.addEventListener("input", () => { state.draft = input.value; });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      view.form.requestSubmit();
    }
  });
  const sendButton = h("button", { type: "submit", class: "primary", id: "chat-send" }, icon("play"), t("chat.send"));
  const form = h("form", { class: "composer", onsubmit: (event) => {
    event.preventDefault();
    if (input.value.trim()) send(input.value);
  } }, field(t("chat.message"), input, { hint: t("chat.message.hint") }), h("div", { class: "actions" }, sendButton));
  view = { root, banner: problemBanner(), sessions: h("div", { class: "sessions" }), log: h("ol", { class: "messages",
    id: "chat-log", "aria-live": "polite", "aria-relevant": "additions" }), empty: h("div", {}),
  title: h("h2", { id: "chat-title" }), input, send: sendButton, form };
  clear(root).append(h("div", { class: "chat-layout" },
    h("aside", { class: "chat-sessions", "aria-label": t("chat.sessions") }, h("h2", { class: "small-head" }, t("chat.sessions")), view.sessions),
    h("section", { class: "chat-main", "aria-labelledby": "chat-title" }, view.title, view.banner, view.log, view.empty, form)));
  drawSessions();
  drawConversation();
  loadSessions();
}

function render(main) {
  renderAvailable(pageBody(main, "chat"));
  return () => {
    view = null;
  };
}

export default { id: "chat", icon: "chat", render };
