import { pendingPage } from "./pending.js";

export default pendingPage("plans", "plans", "GET /v1/plans");
