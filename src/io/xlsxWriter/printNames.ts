import type { PlanSheet } from "../../shared/model";
import { escapeXml } from "./escapeXml";
import { columnName } from "./excelRef";

/**
 * The built-in names that carry each sheet's print area and print titles (ECMA-376 Part 1,
 * 18.2.6 definedName: `_xlnm.Print_Area`, `_xlnm.Print_Titles`, scoped by `localSheetId`), as
 * Excel writes them: absolute references, the sheet name always quoted.
 *
 * @example printNames([{ name: "TH_B1", print: { area: "A1:F9", repeatRows: { first: 3, last: 4 } }, … }], ["TH_B1"])
 *   // '<definedName name="_xlnm.Print_Area" localSheetId="0">'TH_B1'!$A$1:$F$9</definedName>…'
 */
export function printNames(sheets: PlanSheet[], sheetNames: string[]): string {
  let out = "";
  sheets.forEach((sheet, i) => {
    const p = sheet.print;
    if (!p) return;
    const quoted = `'${sheetNames[i].replace(/'/g, "''")}'!`;
    if (p.area) {
      const [from, to] = p.area.split(":");
      const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
      const ref = quoted + abs(from) + (to ? `:${abs(to)}` : "");
      out += `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(ref)}</definedName>`;
    }
    const titles: string[] = [];
    if (p.repeatCols)
      titles.push(
        `${quoted}$${columnName(p.repeatCols.first + 1)}:$${columnName(p.repeatCols.last + 1)}`,
      );
    if (p.repeatRows) titles.push(`${quoted}$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
    if (titles.length)
      out += `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(titles.join(","))}</definedName>`;
  });
  return out;
}
