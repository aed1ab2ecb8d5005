/**
 * Opening a generated file as a new workbook: `Excel.createWorkbook(base64)`, ExcelApi 1.8
 * (https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)).
 * Feature-detected: with an older Excel the caller downloads the file instead.
 */
export function canCreateWorkbook(): boolean {
  try {
    return (
      typeof Excel !== "undefined" &&
      typeof (Excel as { createWorkbook?: unknown }).createWorkbook === "function" &&
      typeof Office !== "undefined" &&
      !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.8")
    );
  } catch {
    return false;
  }
}

/** Opens the .xlsx bytes as a new workbook in Excel (a new window on desktop, a new tab on the web). */
export async function createWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(base64Of(bytes));
}

/** @example base64Of(new Uint8Array([80, 75])) === "UEs=" */
export function base64Of(bytes: Uint8Array): string {
  let s = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(s);
}
