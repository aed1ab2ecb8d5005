import { escapeXml } from "./escapeXml";

/** The workbook's shared string table, filled in the order cells are written. */
export interface SharedStrings {
  /** Index of the text in the table (added on first use); every call counts one reference. */
  add(text: string): number;
  /** Distinct texts, in order of first use. */
  readonly values: string[];
  /** References: the number of string cells. */
  readonly count: number;
}

/**
 * An empty shared string table. Cells add their text in writing order (sheet by sheet, row by row),
 * which is the order ExcelJS numbers them.
 *
 * @example const t = createSharedStrings(); t.add("Có"); t.add("Không"); t.add("Có") // 0, 1, 0
 */
export function createSharedStrings(): SharedStrings {
  const index = new Map<string, number>();
  const values: string[] = [];
  let count = 0;
  return {
    add(text) {
      count++;
      let i = index.get(text);
      if (i === undefined) {
        i = values.length;
        index.set(text, i);
        values.push(text);
      }
      return i;
    },
    values,
    get count() {
      return count;
    },
  };
}

/** Leading or trailing white space, or a line break, must be kept explicitly. */
const NEEDS_PRESERVE = /^\s|\n|\s$/;

/**
 * xl/sharedStrings.xml as ExcelJS writes it: `count` is the number of references, each text a plain
 * `<t>` (with `xml:space="preserve"` when white space at either end or a line break must survive).
 *
 * @example sharedStringsPart(table) // '<?xml …?>\n<sst … count="3" uniqueCount="2"><si><t>Có</t></si>…'
 */
export function sharedStringsPart(table: SharedStrings): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${table.count}" uniqueCount="${table.values.length}">`,
  ];
  for (const text of table.values) {
    out.push(
      NEEDS_PRESERVE.test(text)
        ? `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`
        : `<si><t>${escapeXml(text)}</t></si>`,
    );
  }
  out.push("</sst>");
  return out.join("");
}
