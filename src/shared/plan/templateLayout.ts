/**
 * Texts and positions shared by the template builder and the reader. The reader anchors on the
 * texts (normalized), never on the positions alone, so units may insert rows or move sheets.
 */
export const TEMPLATE_TEXT = {
  stt: "STT",
  indicator: "Chỉ tiêu",
  unitOfMeasure: "Đơn vị tính",
  field: "Thông tin",
  value: "Giá trị",
  /** Extra column of consolidated list tables naming the unit each row came from. */
  originUnit: "Đơn vị",
} as const;

/** Rows (0-based) of a sheet's layout: title, subtitle, the table's header and its first row. */
export interface SheetRows {
  title: number;
  subtitle: number;
  header: number;
  firstData: number;
}

/** Rows (0-based) of the template layout. */
export const TEMPLATE_ROWS: SheetRows = {
  title: 0,
  subtitle: 1,
  header: 3,
  firstData: 4,
};

/**
 * Rows of the consolidated appendix's sheets: the heading block (issuing body and "ĐẢNG CỘNG SẢN
 * VIỆT NAM", "PHỤ LỤC …", "(Kèm theo Báo cáo số …)") takes the three rows above the title. The
 * reader finds tables by their header text, so the appendix still reads as a submission.
 */
export const APPENDIX_ROWS: SheetRows = {
  title: 3,
  subtitle: 4,
  header: 6,
  firstData: 7,
};

/** Columns (0-based) of indicator and info sheets. */
export const TEMPLATE_COLS = {
  code: 0,
  label: 1,
  unitOfMeasure: 2,
  firstValue: 3,
  /** Info sheets have no unit-of-measure column. */
  infoValue: 2,
} as const;

/** Empty, pre-formatted input rows in a list sheet of the template. */
export const LIST_TEMPLATE_ROWS = 30;

/** Yes/no choices written in templates. */
export const YES_NO = { yes: "Có", no: "Không" } as const;
