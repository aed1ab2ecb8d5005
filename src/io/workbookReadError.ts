export type WorkbookReadReason =
  "tooLarge" | "zipBomb" | "encrypted" | "corrupt" | "empty" | "notWorkbook" | "tooManyCells";

/** `d` is the measured detail in parentheses with a leading space, or "". */
type Say = (f: string, d: string) => string;

const MESSAGES: Record<WorkbookReadReason, { vi: Say; en: Say }> = {
  tooLarge: {
    vi: (f, d) => `Tệp '${f}' quá lớn để đọc an toàn${d}.`,
    en: (f, d) => `File '${f}' is too large to read safely${d}.`,
  },
  zipBomb: {
    vi: (f, d) => `Tệp '${f}' khi giải nén lớn bất thường (nghi là tệp độc hại)${d}; không đọc.`,
    en: (f, d) =>
      `File '${f}' expands to an abnormal size when unzipped (suspected zip bomb)${d}; not read.`,
  },
  encrypted: {
    vi: (f, d) => `Tệp '${f}' được đặt mật khẩu (mã hóa)${d}; hãy gỡ mật khẩu rồi gửi lại.`,
    en: (f, d) =>
      `File '${f}' is password-protected (encrypted)${d}; remove the password and send it again.`,
  },
  corrupt: {
    vi: (f, d) =>
      `Tệp '${f}' bị hỏng hoặc không đầy đủ${d}; hãy mở bằng Excel, lưu lại rồi gửi lại.`,
    en: (f, d) =>
      `File '${f}' is damaged or incomplete${d}; open it in Excel, save it and send it again.`,
  },
  empty: {
    vi: (f, d) => `Tệp '${f}' rỗng (0 byte)${d}.`,
    en: (f, d) => `File '${f}' is empty (0 bytes)${d}.`,
  },
  notWorkbook: {
    vi: (f, d) =>
      `Tệp '${f}' không phải bảng tính Excel (.xlsx, .xls), LibreOffice (.ods) hay CSV${d}.`,
    en: (f, d) =>
      `File '${f}' is not an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV spreadsheet${d}.`,
  },
  tooManyCells: {
    vi: (f, d) => `Tệp '${f}' có quá nhiều ô dữ liệu để đọc an toàn${d}.`,
    en: (f, d) => `File '${f}' has too many cells to read safely${d}.`,
  },
};

/**
 * Why a file could not be read, in words a unit's clerk can act on (Vietnamese `message`,
 * English `messageEn`). The CLI and the task pane turn it into a finding and go on with the
 * other files. `detail` says what was measured, e.g. "25 MB > 20 MB".
 *
 * @example new WorkbookReadError("encrypted", "X.xlsx").message
 *   === "Tệp 'X.xlsx' được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu rồi gửi lại."
 */
export class WorkbookReadError extends Error {
  readonly code = "E_FILE" as const;
  readonly messageEn: string;

  constructor(
    readonly reason: WorkbookReadReason,
    readonly fileName: string,
    readonly detail?: string,
  ) {
    const text = MESSAGES[reason];
    const d = detail ? ` (${detail})` : "";
    super(text.vi(fileName, d));
    this.name = "WorkbookReadError";
    this.messageEn = text.en(fileName, d);
  }
}
