import { jsonBytes } from "../../host/jsonBytes";
import { EmuError, notLoaded } from "./emuError";
import { overlaps, parseRect, rectAddress } from "./geometry";
import { guardFormat } from "./guards";
import { type RangeProxy } from "./range";
import { type Ctx } from "./requestContext";
import { type EmuSheet, type EmuWorkbook } from "./workbookModel";

export class DataValidationProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly range: RangeProxy,
  ) {}
  private entry(
    f: (v: EmuSheet["validations"][number], sheet: EmuSheet) => void,
    arg: unknown,
  ): void {
    this.ctx.requires("1.8", "Range.dataValidation");
    this.ctx.enqueue(jsonBytes(arg), () => {
      const t = this.range.resolveNow();
      if (!t) throw new EmuError("InvalidObjectPath", "null range");
      guardFormat(t.sheet);
      const address = rectAddress(t);
      let v = t.sheet.validations.find((x) => x.range === address);
      if (!v) t.sheet.validations.push((v = { range: address, rule: {} }));
      f(v, t.sheet);
    });
  }
  private loaded: Record<string, unknown> | undefined;
  /** Loads the rule of the range's (first) validation; {} when it has none. */
  load(spec?: unknown): this {
    this.ctx.requires("1.8", "Range.dataValidation");
    this.ctx.enqueue(jsonBytes(spec ?? ""), () => {
      const t = this.range.resolveNow();
      if (!t) throw new EmuError("InvalidObjectPath", "null range");
      this.loaded = t.sheet.validations.find((v) => overlaps(parseRect(v.range), t))?.rule ?? {};
    });
    return this;
  }
  get rule(): Record<string, unknown> {
    if (!this.loaded) throw notLoaded("rule");
    return this.loaded;
  }
  set rule(rule: Record<string, unknown>) {
    if (Object.keys(rule).length !== 1)
      throw new EmuError("InvalidArgument", "A data validation rule needs exactly one type.");
    this.entry((v) => {
      const list = rule.list as { source?: unknown } | undefined;
      // Checked when applied: a range source must name a sheet that exists by then.
      if (list) listChoices(this.ctx.book, String(list.source ?? ""));
      v.rule = rule;
    }, rule);
  }
  set prompt(p: Record<string, unknown>) {
    this.entry((v) => (v.prompt = p), p);
  }
  set errorAlert(e: Record<string, unknown>) {
    this.entry((v) => (v.errorAlert = e), e);
  }
  clear(): void {
    this.ctx.enqueue(0, () => {
      const t = this.range.resolveNow();
      if (!t) return;
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(parseRect(v.range), t));
    });
  }
}

/** Excel's limit on an inline list's text, separators included. */
export const INLINE_LIST_LIMIT = 255;

/**
 * The choices a list rule's `source` allows, read as Excel reads it:
 *
 * - "=Sheet!$A$1:$A$3" (or a defined name) is a range: its cells' values are the choices
 *   ("The string argument refers to a range containing the names",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation#list-validation-rule-type);
 *   the range must be one row or one column (Excel's own refusal "The list source must be a
 *   delimited list, or a reference to single row or column").
 * - Anything else is "a comma-delimited list such as "Sue, Ricky, Liz"" (same page): split at
 *   EVERY comma — Excel has no escape — so "Văn hóa giao tiếp, ứng xử" becomes two choices. Its
 *   text is limited to 255 characters
 *   (https://support.microsoft.com/office/apply-data-validation-to-cells-29fecbcc-d1b9-42c1-9d76-eff3ce5f7249);
 *   how Office.js reports a longer one is not documented: the emulation refuses it with
 *   InvalidArgument. Whether Excel trims the spaces after the commas is not documented either;
 *   the emulation trims them, as the page's own example needs.
 *
 * @example listChoices(book, "Có,Không") → ["Có", "Không"]
 */
export function listChoices(book: EmuWorkbook, source: string): string[] {
  const text = source.trim();
  if (text.startsWith("=")) {
    let ref = text.slice(1);
    const named = book.names.get(
      [...book.names.keys()].find((n) => n.toLowerCase() === ref.toLowerCase()) ?? "",
    );
    if (named) ref = named.slice(1);
    const bang = ref.lastIndexOf("!");
    let sheetName = bang >= 0 ? ref.slice(0, bang) : "";
    if (sheetName.startsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    const sheet = book.sheet(sheetName);
    if (!sheet)
      throw new EmuError(
        "InvalidArgument",
        `The list source '${source}' does not refer to a range.`,
      );
    const r = parseRect(ref);
    if (r.r1 !== r.r2 && r.c1 !== r.c2)
      throw new EmuError(
        "InvalidArgument",
        "The list source must be a delimited list, or a reference to single row or column.",
      );
    const out: string[] = [];
    for (let row = r.r1; row <= r.r2; row++)
      for (let col = r.c1; col <= r.c2; col++) {
        const v = book.value(sheet.name, row, col);
        if (v !== null && typeof v !== "object") out.push(String(v));
      }
    return out;
  }
  if (text.length > INLINE_LIST_LIMIT)
    throw new EmuError(
      "InvalidArgument",
      `An inline list is limited to ${INLINE_LIST_LIMIT} characters (${text.length} given).`,
    );
  return text.split(",").map((s) => s.trim());
}

/**
 * Whether a typed value passes the list validation of a cell (true when the cell has no list
 * rule). What a user typing into the cell in Excel would be told.
 */
export function listAllows(
  book: EmuWorkbook,
  sheet: EmuSheet,
  address: string,
  value: string,
): boolean {
  const target = parseRect(address);
  const v = sheet.validations.find((x) => overlaps(parseRect(x.range), target));
  const list = v?.rule.list as { source?: unknown } | undefined;
  if (!list) return true;
  return listChoices(book, String(list.source ?? "")).includes(value);
}
