import type { Outline } from "../model";
import { canonicalJson } from "./canonicalJson";
import { sha256Hex } from "./sha256Hex";

/**
 * Fingerprint of an outline, stored in a template's meta sheet so a workbook made from another
 * (or a modified) outline is recognised even when id and version were kept. Hash the parsed
 * outline (defaults filled in) so that leaving out a default does not change the fingerprint.
 *
 * @example outlineHash(embeddedCampaign.outline) // 64 hex digits
 */
export function outlineHash(outline: Outline): string {
  return sha256Hex(canonicalJson(outline));
}
