import { pendingPage } from "./pending.js";

export default pendingPage("feedback", "feedback", "POST /v1/feedback/jobs");
