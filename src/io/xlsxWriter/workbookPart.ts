import type { WorkbookPlan } from "../../shared/model";
import { definedNamesXml } from "./definedNamesXml";
import { escapeXml } from "./escapeXml";
import { printNames } from "./printNames";

/**
 * xl/workbook.xml as ExcelJS writes it: the sheets (ids 1…n, relationship ids after styles, theme
 * and shared strings), the defined names, and a request to recalculate everything on load.
 *
 * @example workbookPart(plan, sheetNames, true) // '<?xml …?>\n<workbook …><fileVersion …'
 */
export function workbookPart(
  plan: WorkbookPlan,
  sheetNames: string[],
  hasSharedStrings: boolean,
): string {
  const firstRel = hasSharedStrings ? 4 : 3;
  const sheets = plan.sheets.map(
    (s, i) =>
      `<sheet sheetId="${i + 1}" name="${escapeXml(sheetNames[i])}" state="${escapeXml(s.state ?? "visible")}" r:id="rId${firstRel + i}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">',
    '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/>',
    '<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>',
    sheets.length ? `<sheets>${sheets.join("")}</sheets>` : "",
    withPrintNames(definedNamesXml(plan.names), printNames(plan.sheets, sheetNames)),
    '<calcPr calcId="171027" fullCalcOnLoad="1"/>',
    "</workbook>",
  ].join("");
}

/** The plan's names and the sheets' print names in one `<definedNames>` element. */
function withPrintNames(names: string, print: string): string {
  if (!print) return names;
  const inner = names.replace(/^<definedNames>|<\/definedNames>$/g, "");
  return `<definedNames>${inner}${print}</definedNames>`;
}
