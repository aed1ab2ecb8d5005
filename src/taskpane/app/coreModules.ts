/** The core functions the pane calls; bundled together in the lazily loaded "core" chunk. */
export { embeddedCampaign } from "../../shared/campaign/embedded";
export { campaignSchema } from "../../shared/model/campaign";
export { buildTemplatePlan } from "../../shared/plan/buildTemplatePlan";
export { checkWorkbooks } from "../../shared/pipeline/checkWorkbooks";
export { runConsolidation } from "../../shared/pipeline/runConsolidation";
export { identifyUnit } from "../../shared/read/identifyUnit";
export {
  outlineFromGrids,
  outlineToPlanSheets,
  OUTLINE_SHEET_NAMES,
} from "../../shared/outlineSheet";
export { buildMetaSheet } from "../../shared/plan/buildMetaSheet";
export { PLAN_STYLES } from "../../shared/plan/styles";
export { buildFeedbackPlan } from "../../shared/feedback/buildFeedbackPlan";
