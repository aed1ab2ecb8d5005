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

/** Key under which a consolidated list row keeps the unit it came from. */
export const ORIGIN_UNIT_KEY = "_unit";

/** Rows (0-based) of the template layout. */
export const TEMPLATE_ROWS = {
  title: 0,
  subtitle: 1,
  header: 3,
  firstData: 4,
} as const;

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
