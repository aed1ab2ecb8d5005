import { dmyFromSerial } from "../calendar/serial";
import type { Campaign } from "../model";
import type { DraftFigure, DraftReport } from "./draftTypes";
import { lowerFirst } from "./phrases";

/** A run of text with one formatting. Sizes in points. */
export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  /** RGB hex without '#'. */
  color?: string;
}

export interface DocParagraph {
  kind: "paragraph";
  runs: DocRun[];
  align?: "left" | "center" | "right" | "both";
  /** First-line indent of body text (1 cm, as Party documents indent paragraphs). */
  indent?: boolean;
  /** Keep with the next paragraph (headings). */
  keepNext?: boolean;
}

/** A borderless table of one row: the heading block and the signature block side by side. */
export interface DocColumns {
  kind: "columns";
  /** Share of the text width of each column, summing to 1. */
  widths: number[];
  cells: DocParagraph[][];
}

export type DocBlock = DocParagraph | DocColumns;

/** A Word document, host-neutral: the CLI renders it as .docx (src/io/docx). */
export interface ReportDocument {
  title: string;
  blocks: DocBlock[];
}

/** Text the office must write itself, shown as such so nothing is sent half-written. */
const PLACEHOLDER: Pick<DocRun, "italic" | "color"> = { italic: true, color: "7F7F7F" };

const p = (
  runs: DocRun[] | string,
  extra: Omit<DocParagraph, "kind" | "runs"> = {},
): DocParagraph => ({
  kind: "paragraph",
  runs: typeof runs === "string" ? [{ text: runs }] : runs,
  ...extra,
});
const placeholder = (text: string): DocParagraph =>
  p([{ text: `[${text}]`, ...PLACEHOLDER }], { indent: true, align: "both" });
const heading = (text: string): DocParagraph =>
  p([{ text, bold: true }], { keepNext: true, align: "both", indent: true });
const figure = (f: DraftFigure): DocParagraph =>
  p([{ text: `${f.text} ` }, { text: `(Nguồn: ${f.source})`, ...PLACEHOLDER, size: 11 }], {
    indent: true,
    align: "both",
  });

/**
 * The Báo cáo sơ kết as a Party report skeleton (Hướng dẫn 36-HD/VPTW; a state body's heading
 * per Nghị định 30/2020/NĐ-CP when the issuer is not a Party body): the heading block, the title,
 * part I with the coverage figures, part II with the campaign's report parts, each with the
 * drafted figures and a placeholder for the assessment the committee must write, then the
 * recipients and the signature block.
 *
 * @example reportDocument(campaign, draft).blocks[0].kind === "columns" // the heading block
 */
export function reportDocument(campaign: Campaign, draft: DraftReport): ReportDocument {
  const party = /đảng/iu.test(campaign.issuer);
  const issuer = campaign.issuer.toLocaleUpperCase("vi");
  const blocks: DocBlock[] = [
    {
      kind: "columns",
      widths: [0.45, 0.55],
      cells: [
        [
          p([{ text: issuer, bold: true, size: 13 }], { align: "center" }),
          p("*", { align: "center" }),
          p([{ text: "Số      -BC/…", size: 13 }], { align: "center" }),
        ],
        party
          ? [
              p([{ text: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, underline: true, size: 15 }], {
                align: "right",
              }),
              p([{ text: "…………, ngày … tháng … năm ……", italic: true }], { align: "right" }),
            ]
          : [
              p([{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 13 }], {
                align: "center",
              }),
              p([{ text: "Độc lập - Tự do - Hạnh phúc", bold: true, underline: true }], {
                align: "center",
              }),
              p([{ text: "…………, ngày … tháng … năm ……", italic: true }], { align: "center" }),
            ],
      ],
    },
    p(""),
    p([{ text: "BÁO CÁO", bold: true, size: 16 }], { align: "center" }),
    p([{ text: lowerFirst(campaign.title), bold: true }], { align: "center" }),
    p("-----", { align: "center" }),
    placeholder(
      "Phần mở đầu: căn cứ kế hoạch, mục đích của báo cáo — văn phòng viết. Các câu có ghi nguồn dưới đây do Phụ lục soạn từ số liệu tổng hợp; đối chiếu, chỉnh sửa trước khi trình ký.",
    ),
    heading("I. TÌNH HÌNH TỔ CHỨC SƠ KẾT"),
    p([{ text: `(Số liệu tính đến ngày ${dmyFromSerial(draft.asOf)})`, italic: true }], {
      indent: true,
    }),
    ...draft.coverage.map(figure),
    placeholder("Nhận xét về công tác chuẩn bị, chất lượng hội nghị sơ kết của các đơn vị"),
    heading("II. KẾT QUẢ SƠ KẾT"),
  ];
  draft.parts.forEach((part, i) => {
    blocks.push(heading(`${i + 1}. ${part.title}`));
    blocks.push(placeholder("Nhận định, đánh giá chung"));
    blocks.push(...part.figures.map(figure));
  });
  blocks.push(p(""), {
    kind: "columns",
    widths: [0.5, 0.5],
    cells: [
      [
        p([{ text: "Nơi nhận:", bold: true, italic: true, size: 12 }]),
        p([{ text: "- …………………,", size: 11 }]),
        p([{ text: "- Lưu Văn phòng.", size: 11 }]),
      ],
      [
        p([{ text: party ? "T/M BAN THƯỜNG VỤ" : "THỦ TRƯỞNG CƠ QUAN", bold: true }], {
          align: "center",
        }),
        p([{ text: "(Ký, ghi rõ họ tên)", ...PLACEHOLDER }], { align: "center" }),
      ],
    ],
  });
  return { title: `Báo cáo ${lowerFirst(campaign.title)}`, blocks };
}
