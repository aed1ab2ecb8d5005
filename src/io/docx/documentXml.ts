import type {
  DocBlock,
  DocParagraph,
  DocRun,
  ReportDocument,
} from "../../shared/report/reportDocument";
import { escapeXml } from "../xlsxWriter/escapeXml";

/** A4 with the margins of Hướng dẫn 36-HD/VPTW: top/bottom 20 mm, left 30 mm, right 15 mm (twips). */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 1134,
  bottom: 1134,
  left: 1701,
  right: 851,
};
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** First-line indent of body paragraphs: 1 cm. */
const INDENT = 567;

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** w:rPr children in the order CT_RPr requires (ECMA-376 Part 1, 17.3.2.28). */
function runXml(r: DocRun): string {
  const props =
    (r.bold ? "<w:b/><w:bCs/>" : "") +
    (r.italic ? "<w:i/><w:iCs/>" : "") +
    (r.color ? `<w:color w:val="${r.color}"/>` : "") +
    (r.size ? `<w:sz w:val="${r.size * 2}"/><w:szCs w:val="${r.size * 2}"/>` : "") +
    (r.underline ? '<w:u w:val="single"/>' : "");
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
}

/** w:pPr children in the order CT_PPrBase requires (17.3.1.26). */
export function paragraphXml(p: DocParagraph): string {
  const props =
    (p.keepNext ? "<w:keepNext/>" : "") +
    (p.indent ? `<w:ind w:firstLine="${INDENT}"/>` : "") +
    (p.align ? `<w:jc w:val="${p.align}"/>` : "");
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${p.runs.map(runXml).join("")}</w:p>`;
}

/** A borderless one-row table: no table style is named, so Word and LibreOffice draw no lines. */
function blockXml(b: DocBlock): string {
  if (b.kind === "paragraph") return paragraphXml(b);
  const widths = b.widths.map((w) => Math.round(w * TEXT_WIDTH));
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid><w:tr>` +
    b.cells
      .map(
        (paras, i) =>
          `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr>${
            // A cell must end with a paragraph (17.4.66).
            (paras.length ? paras : [{ kind: "paragraph" as const, runs: [] }])
              .map(paragraphXml)
              .join("")
          }</w:tc>`,
      )
      .join("") +
    "</w:tr></w:tbl>"
  );
}

/**
 * word/document.xml: the blocks, then the section: A4 portrait, the margins above, the page
 * number header from the second page on (w:titlePg leaves the first page's header empty).
 */
export function documentXml(doc: ReportDocument, headerId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>` +
    doc.blocks.map(blockXml).join("") +
    `<w:sectPr><w:headerReference w:type="default" r:id="${headerId}"/>` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="567" w:footer="567" w:gutter="0"/>` +
    "<w:titlePg/></w:sectPr></w:body></w:document>"
  );
}
