import { HostError } from "./hostError";

/**
 * Shows a finding's cell: activates its sheet and selects the cell, in one sync. A missing sheet
 * (the data came from a file, not from the workbook) is a HostError the pane can explain.
 *
 * @example await selectCell("B2 Kết quả", "E12")
 */
export async function selectCell(sheet: string, address: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (err) {
    if ((err as { code?: string })?.code === "ItemNotFound")
      throw new HostError("errSheetNotFound", { sheet }, err);
    throw err;
  }
}
