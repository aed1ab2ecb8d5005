/** The name the pane gives to sheets read from the open workbook (as the core expects). */
export const WORKBOOK_FILE_NAME = "Sổ làm việc hiện tại";

/** Whether a finding's file is the open workbook, so its cell can be selected. */
export function isInWorkbook(fileName: string | undefined): boolean {
  return fileName === WORKBOOK_FILE_NAME;
}
