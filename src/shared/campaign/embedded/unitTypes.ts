import type { CampaignInput } from "../../model";

/**
 * Agencies build office culture under Nghị quyết 01; enterprises build enterprise culture under
 * Chỉ thị 01.
 */
export const unitTypes: CampaignInput["unitTypes"] = [
  { code: "CQ", name: "Cơ quan" },
  { code: "DN", name: "Doanh nghiệp" },
];
