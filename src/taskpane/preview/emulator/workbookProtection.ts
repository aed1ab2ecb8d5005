import { ClientObject } from "./clientObject";
import { type Ctx } from "./requestContext";
import { type EmuWorkbook } from "./workbookModel";

/**
 * Excel.WorkbookProtection (ExcelApi 1.7,
 * https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection): "Specifies if the
 * workbook is protected" — its structure: sheets cannot be added, deleted, renamed, moved, hidden
 * or unhidden while it is (https://support.microsoft.com/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517).
 */
export class WorkbookProtectionProxy extends ClientObject<EmuWorkbook> {
  protected readonly scalarProps = ["protected"];
  constructor(ctx: Ctx) {
    super(ctx, () => ctx.book);
  }
  protected read(book: EmuWorkbook, prop: string): unknown {
    return prop === "protected" ? book.structureProtected : undefined;
  }
  override load(spec?: unknown): this {
    this.ctx.requires("1.7", "Workbook.protection");
    return super.load(spec);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(password?: string): void {
    this.ctx.requires("1.7", "WorkbookProtection.protect");
    this.write(password ?? null, (book) => (book.structureProtected = true));
  }
  unprotect(password?: string): void {
    this.ctx.requires("1.7", "WorkbookProtection.unprotect");
    this.write(password ?? null, (book) => (book.structureProtected = false));
  }
}
