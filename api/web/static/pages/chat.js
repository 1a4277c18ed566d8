import { pendingPage } from "./pending.js";

export default pendingPage("chat", "chat", "POST /v1/chat/sessions");
