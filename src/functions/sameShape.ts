import { fail } from "./fail";

/**
 * Checks that two ranges have the same rows and columns (#VALUE! otherwise, as Excel's
 * SUMPRODUCT does).
 *
 * @example sameShape([[1], [2]], [[true], [false]]) // passes
 */
export function sameShape(a: unknown[][], b: unknown[][]): void {
  const shape = (r: unknown[][]) => `${r.length}×${r[0]?.length ?? 0}`;
  if (a.length !== b.length || a.some((row, i) => row.length !== b[i].length))
    fail("invalidValue", {
      vi: `Hai vùng phải cùng kích thước (${shape(a)} và ${shape(b)})`,
      en: `Both ranges must have the same size (${shape(a)} and ${shape(b)})`,
    });
}
