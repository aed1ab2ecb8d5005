import { strToU8, zipSync } from "fflate";
import { PLAN_EPOCH } from "../../shared/plan/buildTemplatePlan";
import type { ReportDocument } from "../../shared/report/reportDocument";
import { escapeXml } from "../xlsxWriter/escapeXml";
import { documentXml, W_NS } from "./documentXml";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/** Times New Roman 14 pt, Vietnamese, 6 pt after each paragraph, lines 1.15 apart. */
const STYLES =
  `${XML}<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>` +
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>' +
  '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>' +
  '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  "</w:styles>";

/** The page number, centred at the top, as both Party and state documents number pages. */
const HEADER =
  `${XML}<w:hdr ${W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
  "</w:p></w:hdr>";

/**
 * A ReportDocument as a .docx (WordprocessingML, ECMA-376): document, styles, page-number header
 * and document properties, zipped with fixed timestamps so the same draft gives the same bytes.
 *
 * @example await writeFile("bao-cao.docx", writeDocx(reportDocument(campaign, draft)))
 */
export function writeDocx(doc: ReportDocument): Uint8Array {
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${MAIN}.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="${MAIN}.styles+xml"/>` +
      `<Override PartName="/word/header1.xml" ContentType="${MAIN}.header+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      "</Types>",
    "_rels/.rels":
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      "</Relationships>",
    "docProps/core.xml":
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${escapeXml(doc.title)}</dc:title><dc:creator>Phụ lục</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${PLAN_EPOCH.replace(/\.\d+Z$/, "Z")}</dcterms:created>` +
      "</cp:coreProperties>",
    "word/_rels/document.xml.rels":
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/header" Target="header1.xml"/>` +
      "</Relationships>",
    "word/document.xml": documentXml(doc, "rId2"),
    "word/styles.xml": STYLES,
    "word/header1.xml": HEADER,
  };
  const mtime = new Date(PLAN_EPOCH);
  return zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([name, xml]) => [name, [strToU8(xml), { mtime }]]),
    ),
    { level: 6 },
  );
}
