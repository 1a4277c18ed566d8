import { pendingPage } from "./pending.js";

export default pendingPage("knowledge", "knowledge", "GET /v1/knowledge/search");
