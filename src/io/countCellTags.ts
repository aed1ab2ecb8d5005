/** `<table:table-cell` (ods), as bytes. */
const ODS_CELL = Array.from("<table:table-cell", (ch) => ch.charCodeAt(0));

/**
 * Counts the cell elements of a worksheet part (xlsx `sheetN.xml`, ods `content.xml`) without
 * parsing it: a lower bound of the cells a parser would make (ODS repeats and prefixed tags are
 * not counted), so a sheet with too many cells is refused before the parser spends seconds and
 * gigabytes on it.
 *
 * @example countCellTags(new TextEncoder().encode('<row><c r="A1"/><c r="B1"><v>2</v></c></row>'), "xlsx") === 2
 */
export function countCellTags(xml: Uint8Array, kind: "xlsx" | "ods"): number {
  let n = 0;
  if (kind === "xlsx") {
    // A plain loop: ≈ 3× faster than indexOf on a typed array for tags this dense.
    const end = xml.length - 2;
    for (let i = 0; i < end; i++) {
      if (xml[i] !== 0x3c || xml[i + 1] !== 0x63) continue; // "<c"
      const next = xml[i + 2];
      if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
    }
    return n;
  }
  outer: for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    for (let k = 1; k < ODS_CELL.length; k++) if (xml[i + k] !== ODS_CELL[k]) continue outer;
    const next = xml[i + ODS_CELL.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
  }
  return n;
}
