/**
 * The layout of the outline sheets, shared by the writer and the reader: tab names, header
 * fields and table columns (Vietnamese header, English header, other accepted spellings).
 * The reader finds columns by header text, so this order is only the order they are written in.
 */
export interface ColumnSpec<K extends string = string> {
  key: K;
  vi: string;
  en: string;
  aliases?: readonly string[];
  /** The reader reports the table as unusable when a required column is missing. */
  required: boolean;
  /** Width in characters. */
  width: number;
}

/** Tab names of the three outline sheets (Vietnamese first; the English names are accepted). */
export const OUTLINE_SHEET_NAMES = {
  sheets: { vi: "Đề cương", en: "Outline", aliases: ["Đề cương phụ lục"] },
  items: { vi: "Đề cương - Chỉ tiêu", en: "Outline - Items", aliases: ["Đề cương - Nội dung"] },
  rules: { vi: "Đề cương - Ràng buộc", en: "Outline - Rules", aliases: ["Đề cương - Quy tắc"] },
} as const;

export type OutlineSheetRole = keyof typeof OUTLINE_SHEET_NAMES;

/** Key/value rows above the table of "Đề cương". */
export const HEADER_FIELDS = [
  { key: "id", vi: "Mã đề cương", en: "Outline id" },
  { key: "version", vi: "Phiên bản", en: "Version", aliases: ["Phiên bản đề cương"] },
  { key: "title", vi: "Tên đề cương", en: "Outline title", aliases: ["Tiêu đề đề cương"] },
] as const satisfies ReadonlyArray<Omit<ColumnSpec<string>, "required" | "width">>;

export type HeaderKey = (typeof HEADER_FIELDS)[number]["key"];

export const SHEET_COLUMNS = [
  { key: "kind", vi: "Loại", en: "Kind", aliases: ["Loại sheet"], required: true, width: 12 },
  { key: "id", vi: "Mã sheet", en: "Sheet id", aliases: ["Mã"], required: true, width: 10 },
  { key: "name", vi: "Tên sheet", en: "Tab name", aliases: ["Tên tab"], required: true, width: 28 },
  { key: "title", vi: "Tiêu đề", en: "Title", required: true, width: 60 },
  {
    key: "columns",
    vi: "Cột giá trị",
    en: "Value columns",
    aliases: ["Cột số liệu"],
    required: true,
    width: 36,
  },
  {
    key: "maxRows",
    vi: "Số dòng tối đa",
    en: "Max rows",
    aliases: ["Số dòng"],
    required: false,
    width: 12,
  },
] as const satisfies readonly ColumnSpec[];

export const ITEM_COLUMNS = [
  { key: "sheet", vi: "Mã sheet", en: "Sheet id", aliases: ["Sheet"], required: true, width: 10 },
  {
    key: "code",
    vi: "Mã",
    en: "Code",
    aliases: ["Mã chỉ tiêu", "STT", "id"],
    required: true,
    width: 10,
  },
  {
    key: "label",
    vi: "Nội dung",
    en: "Label",
    aliases: ["Tên chỉ tiêu", "Tiêu đề cột", "header"],
    required: true,
    width: 60,
  },
  { key: "unit", vi: "Đơn vị tính", en: "Unit", aliases: ["ĐVT"], required: false, width: 14 },
  { key: "type", vi: "Kiểu", en: "Type", aliases: ["Kiểu dữ liệu"], required: true, width: 14 },
  {
    key: "choices",
    vi: "Lựa chọn",
    en: "Choices",
    aliases: ["Danh sách chọn"],
    required: false,
    width: 30,
  },
  { key: "min", vi: "Nhỏ nhất", en: "Min", aliases: ["Tối thiểu"], required: false, width: 10 },
  { key: "max", vi: "Lớn nhất", en: "Max", aliases: ["Tối đa"], required: false, width: 10 },
  { key: "required", vi: "Bắt buộc", en: "Required", required: false, width: 10 },
  {
    key: "appliesTo",
    vi: "Áp dụng cho",
    en: "Applies to",
    aliases: ["Loại hình áp dụng"],
    required: false,
    width: 14,
  },
  {
    key: "aggregation",
    vi: "Tổng hợp",
    en: "Aggregation",
    aliases: ["Cách tổng hợp"],
    required: false,
    width: 14,
  },
  {
    key: "sumOfChildren",
    vi: "Bằng tổng chỉ tiêu con",
    en: "Sum of children",
    aliases: ["Tổng các chỉ tiêu con"],
    required: false,
    width: 12,
  },
  {
    key: "heading",
    vi: "Tiêu đề mục",
    en: "Heading",
    aliases: ["Đề mục"],
    required: false,
    width: 10,
  },
  {
    key: "assessment",
    vi: "Xét tiêu biểu",
    en: "Exemplary units",
    aliases: ["Đơn vị tiêu biểu"],
    required: false,
    width: 12,
  },
] as const satisfies readonly ColumnSpec[];

export const RULE_COLUMNS = [
  {
    key: "id",
    vi: "Mã",
    en: "Id",
    aliases: ["Mã ràng buộc", "Mã quy tắc"],
    required: true,
    width: 22,
  },
  { key: "sheet", vi: "Mã sheet", en: "Sheet id", aliases: ["Sheet"], required: true, width: 10 },
  {
    key: "expr",
    vi: "Biểu thức",
    en: "Expression",
    aliases: ["Điều kiện"],
    required: true,
    width: 30,
  },
  { key: "messageVi", vi: "Thông báo", en: "Message", required: true, width: 60 },
  {
    key: "messageEn",
    vi: "Thông báo (tiếng Anh)",
    en: "Message (English)",
    aliases: ["Thông báo tiếng Anh"],
    required: false,
    width: 50,
  },
  { key: "severity", vi: "Mức độ", en: "Severity", required: false, width: 12 },
] as const satisfies readonly ColumnSpec[];

export type SheetColumnKey = (typeof SHEET_COLUMNS)[number]["key"];
export type ItemColumnKey = (typeof ITEM_COLUMNS)[number]["key"];
export type RuleColumnKey = (typeof RULE_COLUMNS)[number]["key"];
