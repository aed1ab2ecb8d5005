import type { Grid } from "../model";
import { detectLegacyEncoding, type LegacyEncoding } from "../text/legacy";

/**
 * The legacy font a workbook's text is typed in, when its cells say so: the encoding most
 * text cells are confidently in (none when no cell is, or when as many are in the other). A
 * clerk who types in a VNI font types every cell in it, so a cell that reads equally well in
 * both encodings is read in this one.
 *
 * @example workbookLegacyEncoding([{ name: "L2", rows: [["Ñaûng boä"], ["Thò"]] }]) === "vni"
 */
export function workbookLegacyEncoding(grids: Grid[]): LegacyEncoding | undefined {
  let tcvn3 = 0;
  let vni = 0;
  for (const grid of grids)
    for (const row of grid.rows) {
      if (!row) continue;
      for (const cell of row) {
        if (typeof cell !== "string") continue;
        const enc = detectLegacyEncoding(cell);
        if (enc === "tcvn3") tcvn3++;
        else if (enc === "vni") vni++;
      }
    }
  if (tcvn3 === vni) return undefined;
  return tcvn3 > vni ? "tcvn3" : "vni";
}
