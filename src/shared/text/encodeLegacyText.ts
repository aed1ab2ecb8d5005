import type { LegacyEncoding } from "./legacy";
import { TCVN3, VNI } from "./legacyTables";

/**
 * Writes Unicode Vietnamese the way a legacy font stores it: the inverse of convertLegacyText.
 * Used to build test data ("how would a unit's old file look"); capitals TCVN3 lacks in its
 * printable range come out as C0/C1 control characters, as in TCVN 5712 VN1.
 *
 * @example encodeLegacyText("Hà Nội", "tcvn3") === "Hµ Néi"
 * @example encodeLegacyText("Đảng bộ", "vni") === "Ñaûng boä"
 */
export function encodeLegacyText(s: string, enc: LegacyEncoding): string {
  if (typeof s !== "string") return "";
  const table = enc === "vni" ? VNI.encode : TCVN3.encode;
  let out = "";
  for (const ch of s.normalize("NFC")) out += table.get(ch) ?? ch;
  return out;
}
