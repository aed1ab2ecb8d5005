import type { WorkbookPlan } from "../../shared/model";
import { escapeXml } from "./escapeXml";

/**
 * docProps/core.xml: title, creator (ExcelJS writes "Unknown" for none) and the plan's fixed
 * creation time as both created and modified, to the second.
 *
 * @example corePart(plan.properties) // '…<dc:creator>Phụ lục</dc:creator><dc:title>…'
 */
export function corePart(properties: WorkbookPlan["properties"]): string {
  const creator = escapeXml(properties.creator || "Unknown");
  const time = new Date(properties.created).toISOString().replace(/[.]\d{3}/, "");
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:creator>${creator}</dc:creator>`,
    properties.title === undefined ? "" : `<dc:title>${escapeXml(properties.title)}</dc:title>`,
    "<dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category>",
    `<cp:lastModifiedBy>${creator}</cp:lastModifiedBy>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
}

/**
 * docProps/app.xml: ExcelJS's fixed application fields and the list of worksheet names.
 *
 * @example appPart(["Biểu 1", "_PhuLuc"]) // '…<vt:i4>2</vt:i4>…<vt:lpstr>Biểu 1</vt:lpstr>…'
 */
export function appPart(sheetNames: string[]): string {
  const titles = sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join("");
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>",
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`,
    titles
      ? `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>`
      : '<TitlesOfParts><vt:vector size="0" baseType="lpstr"/></TitlesOfParts>',
    "<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>",
    "</Properties>",
  ].join("");
}
