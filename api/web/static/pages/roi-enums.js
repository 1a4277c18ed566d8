// The ROI API's enums (assistant/roi/models.py); tests/unit/test_web_assets.py keeps them equal.
export const COST_CATEGORIES = [
  "needs_assessment", "design_development", "acquisition", "delivery", "participant_time",
  "travel_lodging", "facilities", "materials", "overhead", "evaluation", "other",
];
export const PERIODS = ["year", "month", "week", "day", "once"];
export const ISOLATION_METHODS = [
  "control_group", "trend_line", "forecasting", "participant_estimate", "supervisor_estimate",
  "management_estimate", "expert_estimate", "customer_input", "other", "none",
];
export const LABELS = ["actual", "forecast"];
