import { campaignSchema, type Campaign } from "../model";
import { documentForm, documents, identity } from "./embedded/identity";
import { levels } from "./embedded/levels";
import { outline } from "./embedded/outline";
import { registry } from "./embedded/units";
import { unitTypes } from "./embedded/unitTypes";

/**
 * The default campaign, so everything works out of the box: the plan of the Ban Thường vụ Đảng
 * ủy Khối for the five-year review of Nghị quyết 01-NQ/ĐUK and Chỉ thị 01-CT/ĐUK. Parsed at load
 * time so that a mistake in the data fails loudly instead of surfacing as odd findings.
 *
 * @example embeddedCampaign.levels.find((l) => l.code === "CBCS")?.milestones[0].due // "2021-04-15"
 */
export const embeddedCampaign: Campaign = campaignSchema.parse({
  ...identity,
  documents,
  documentForm,
  unitTypes,
  levels,
  outline,
  units: registry,
});
