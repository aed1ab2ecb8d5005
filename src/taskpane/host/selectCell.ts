import { HostError } from "./hostError";

/**
 * Shows a finding's cell: activates its sheet and selects the cell. A missing sheet (the data came
 * from a file, not from the workbook) and a hidden sheet (Excel does not activate one; what it
 * throws is not documented) are HostErrors the pane explains in the user's language. Two syncs:
 * the sheet's visibility is read before anything is asked of it.
 *
 * @example await selectCell("B2 Kết quả", "E12")
 */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load("visibility");
    await context.sync();
    if (ws.isNullObject) throw new HostError("errSheetNotFound", { sheet });
    if (ws.visibility !== "Visible") throw new HostError("errSheetHidden", { sheet });
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
