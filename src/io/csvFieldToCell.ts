import type { Cell } from "../shared/model";
import type { CsvSeparator } from "./detectSeparator";

/** Plain numbers in the notation that goes with each separator (Excel pairs ";" with decimal ","). */
const PLAIN_NUMBER: Record<CsvSeparator, RegExp> = {
  ",": /^-?(0|[1-9]\d{0,14})(\.\d+)?$/,
  "\t": /^-?(0|[1-9]\d{0,14})(\.\d+)?$/,
  ";": /^-?(0|[1-9]\d{0,14})(,\d+)?$/,
};

/**
 * A CSV field as a cell: empty → null; a plain number written the way the file's separator
 * implies → number; everything else stays the exact text (thousand separators, percents, dates,
 * codes with leading zeros are left to the reader, which knows what each cell should hold).
 *
 * @example csvFieldToCell("12,5", ";") === 12.5
 * @example csvFieldToCell("1.234", ";") === "1.234"
 * @example csvFieldToCell("007", ",") === "007"
 */
export function csvFieldToCell(field: string, sep: CsvSeparator): Cell {
  if (field === "") return null;
  if (PLAIN_NUMBER[sep].test(field)) return Number(sep === ";" ? field.replace(",", ".") : field);
  return field;
}
