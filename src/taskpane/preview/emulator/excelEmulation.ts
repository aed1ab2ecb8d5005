/**
 * An in-memory emulation of exactly the subset of the Excel JavaScript API the adapter uses, with
 * Office.js proxy semantics: calls are queued and applied at `context.sync()`, properties must be
 * loaded and synced before they are read (reading earlier throws like Office.js), null objects,
 * and Excel's refusals (duplicate or invalid sheet names, deleting the last visible sheet, writing
 * into locked cells of a protected sheet, request payloads over 5 MB, reading over 5,000,000
 * cells). It counts syncs, queued calls and payload bytes so tests can hold the adapter to its
 * budget.
 */
import { columnLetters, parseA1Range } from "../../../shared/a1/a1";
import { jsonBytes } from "../../host/jsonBytes";
import type { Scalar } from "./formulaEngine";
import { parseExcelInput, type EmuConstant } from "./parseExcelInput";
import { EmuSheet, EmuWorkbook, type EmuCell, type EmuVisibility } from "./workbookModel";

/** Excel on the web rejects requests and responses over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Request bytes of one queued call besides its arguments (action type, object ids, names). */
export const CALL_OVERHEAD = 100;
/** Excel on the web refuses to read more than 5,000,000 cells of a range at once. */
export const READ_CELL_LIMIT = 5_000_000;

export interface SyncRecord {
  calls: number;
  requestBytes: number;
  responseBytes: number;
}

export interface EmuStats {
  runs: number;
  syncs: number;
  calls: number;
  requestBytes: number;
  responseBytes: number;
  perSync: SyncRecord[];
}

export class EmuError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
interface RangeTarget extends Rect {
  sheet: EmuSheet;
}
interface AreasTarget {
  sheet: EmuSheet;
  areas: Rect[];
}

function notLoaded(prop: string): EmuError {
  return new EmuError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(spec: unknown): string[] | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoad(s) ?? []);
  if (typeof spec === "object" && "select" in (spec as object)) {
    return parseLoad((spec as { select: unknown }).select);
  }
  return undefined;
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(r: Rect): string {
  const a = `${columnLetters(r.c1)}${r.r1 + 1}`;
  const b = `${columnLetters(r.c2)}${r.r2 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function parseRect(address: string): Rect {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const whole = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (whole) {
    const p = parseA1Range(`${whole[1]}1:${whole[2]}1048576`);
    if (p) return { r1: p.row1, c1: p.col1, r2: p.row2, c2: p.col2 };
  }
  const p = parseA1Range(local);
  if (!p)
    throw new EmuError(
      "InvalidArgument",
      `The argument is invalid or missing: address '${address}'.`,
    );
  return { r1: p.row1, c1: p.col1, r2: p.row2, c2: p.col2 };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

class Ctx {
  readonly queue: Array<{ bytes: number; apply: () => void; response?: () => number }> = [];
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  constructor(
    readonly emu: ExcelEmulation,
    readonly book: EmuWorkbook,
  ) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
  }

  enqueue(bytes: number, apply: () => void, response?: () => number): void {
    this.queue.push({ bytes: bytes + CALL_OVERHEAD, apply, response });
  }

  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    const record: SyncRecord = {
      calls: ops.length,
      requestBytes: ops.reduce((s, o) => s + o.bytes, 0),
      responseBytes: 0,
    };
    const stats = this.emu.stats;
    stats.syncs++;
    stats.calls += record.calls;
    stats.requestBytes += record.requestBytes;
    stats.perSync.push(record);
    await this.emu.latency();
    if (record.requestBytes > REQUEST_LIMIT_BYTES) {
      throw new EmuError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    try {
      for (const op of ops) {
        op.apply();
        this.book.changed();
        if (op.response) record.responseBytes += op.response();
      }
    } finally {
      stats.responseBytes += record.responseBytes;
      this.book.notify();
    }
    if (record.responseBytes > REQUEST_LIMIT_BYTES) {
      throw new EmuError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
  }
}

/** A proxy whose target is resolved once, when its first queued call is applied (object identity). */
abstract class ClientObject<T> {
  protected readonly props = new Map<string, unknown>();
  private resolved = false;
  private cached: T | null = null;
  constructor(
    protected readonly ctx: Ctx,
    private readonly resolver: () => T | null,
  ) {}

  protected target(): T | null {
    if (!this.resolved) {
      this.cached = this.resolver();
      this.resolved = true;
    }
    return this.cached;
  }

  protected must(): T {
    const t = this.target();
    if (t === null)
      throw new EmuError("InvalidObjectPath", "The object path is not valid (null object).");
    return t;
  }

  protected get<V>(prop: string): V {
    if (!this.props.has(prop)) throw notLoaded(prop);
    return this.props.get(prop) as V;
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }

  /** What a loaded object contributes to a response. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.props);
  }

  protected abstract readonly scalarProps: string[];
  protected abstract read(t: T, prop: string): unknown;

  load(spec?: unknown): this {
    const wanted = parseLoad(spec) ?? this.scalarProps;
    let bytes = 0;
    this.ctx.enqueue(
      jsonBytes(spec ?? ""),
      () => {
        const t = this.target();
        this.props.set("isNullObject", t === null);
        bytes = 0;
        if (t === null) return;
        for (const p of wanted) {
          const v = this.read(t, p);
          this.props.set(p.split("/")[0], v);
          bytes += jsonBytes(v);
        }
      },
      () => bytes,
    );
    return this;
  }

  /** Queues a write: one call, its argument's JSON as payload. */
  protected write(arg: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue(jsonBytes(arg), () => apply(this.must()));
  }
}

class ApplicationProxy {
  constructor(private readonly ctx: Ctx) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(0, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue(0, () => undefined);
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(private readonly ctx: Ctx) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
  }
  get application(): ApplicationProxy {
    return this.ctx.application;
  }
}

class WorksheetCollectionProxy extends ClientObject<EmuWorkbook> {
  protected readonly scalarProps = ["items"];
  constructor(ctx: Ctx) {
    super(ctx, () => ctx.book);
  }
  get items(): WorksheetProxy[] {
    return this.get("items");
  }
  protected read(): unknown {
    return undefined;
  }
  override load(spec?: unknown): this {
    // "items/name,items/visibility" loads those properties of every item in one call.
    const list = parseLoad(spec) ?? ["items"];
    const itemProps = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const plain = list.some((p) => p === "items");
    this.ctx.enqueue(
      jsonBytes(spec ?? ""),
      () => {
        const book = this.must();
        const prev = (this.props.get("items") as WorksheetProxy[] | undefined) ?? [];
        const items = book.sheets.map((s) => {
          const p = prev.find((x) => x.emuSheet() === s) ?? new WorksheetProxy(this.ctx, () => s);
          p.snapshot(plain ? undefined : itemProps);
          return p;
        });
        this.props.set("isNullObject", false);
        this.props.set("items", items);
      },
      () =>
        jsonBytes(this.ctx.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility }))),
    );
    return this;
  }
  getItem(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s)
        throw new EmuError(
          "ItemNotFound",
          `The requested resource doesn't exist: worksheet '${name}'.`,
        );
      return s;
    });
    this.ctx.enqueue(jsonBytes(name), () => p.emuSheet());
    return p;
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(name) ?? null);
    this.ctx.enqueue(jsonBytes(name), () => p.emuSheet());
    return p;
  }
  getActiveWorksheet(): WorksheetProxy {
    const p = new WorksheetProxy(
      this.ctx,
      () => this.ctx.book.sheet(this.ctx.book.activeSheet ?? "") ?? this.ctx.book.sheets[0],
    );
    this.ctx.enqueue(0, () => p.emuSheet());
    return p;
  }
  add(name?: string): WorksheetProxy {
    let created: EmuSheet | null = null;
    const p = new WorksheetProxy(this.ctx, () => created);
    this.ctx.enqueue(jsonBytes(name ?? ""), () => {
      const book = this.ctx.book;
      let n = name;
      if (n === undefined) {
        let k = book.sheets.length + 1;
        while (book.sheet(`Sheet${k}`)) k++;
        n = `Sheet${k}`;
      }
      if (
        n.length === 0 ||
        n.length > 31 ||
        SHEET_NAME_BAD.test(n) ||
        n.startsWith("'") ||
        n.endsWith("'")
      ) {
        throw new EmuError(
          "InvalidArgument",
          `The argument is invalid or missing: sheet name '${n}'.`,
        );
      }
      if (book.sheet(n)) {
        throw new EmuError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists: '${n}'.`,
        );
      }
      created = book.addSheet(n);
      p.emuSheet();
    });
    return p;
  }
}

class WorksheetProxy extends ClientObject<EmuSheet> {
  protected readonly scalarProps = ["name", "visibility", "position", "tabColor", "id"];
  readonly freezePanes: FreezePanesProxy;
  readonly protection: ProtectionProxy;
  constructor(ctx: Ctx, resolver: () => EmuSheet | null) {
    super(ctx, resolver);
    this.freezePanes = new FreezePanesProxy(ctx, this);
    this.protection = new ProtectionProxy(ctx, this);
  }
  /** Resolves the target (apply phase only). */
  emuSheet(): EmuSheet | null {
    return this.target();
  }
  snapshot(props: string[] | undefined): void {
    const t = this.target();
    this.props.set("isNullObject", t === null);
    if (!t) return;
    for (const p of props ?? this.scalarProps) this.props.set(p, this.read(t, p));
  }
  protected read(s: EmuSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "position":
        return this.ctx.book.sheets.indexOf(s);
      case "tabColor":
        return s.tabColor;
      case "id":
        return `{${s.id}}`;
    }
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.write(v, (s) => {
      const other = this.ctx.book.sheet(v);
      if (other && other !== s)
        throw new EmuError("ItemAlreadyExists", `Sheet '${v}' already exists.`);
      if (v.length === 0 || v.length > 31 || SHEET_NAME_BAD.test(v)) {
        throw new EmuError("InvalidArgument", `Invalid sheet name '${v}'.`);
      }
      const old = s.name;
      s.name = v;
      renameInNames(this.ctx.book, old, v);
    });
  }
  get visibility(): EmuVisibility {
    return this.get("visibility");
  }
  set visibility(v: EmuVisibility) {
    this.write(v, (s) => {
      if (v !== "Visible" && s.visibility === "Visible") {
        const visible = this.ctx.book.sheets.filter((x) => x.visibility === "Visible");
        if (visible.length === 1) {
          throw new EmuError(
            "InvalidOperation",
            "A workbook must contain at least one visible worksheet.",
          );
        }
      }
      s.visibility = v;
    });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(v: string) {
    this.write(v, (s) => (s.tabColor = v));
  }
  get position(): number {
    return this.get("position");
  }
  delete(): void {
    this.write(null, (s) => {
      const book = this.ctx.book;
      const visible = book.sheets.filter((x) => x.visibility === "Visible");
      if (s.visibility === "Visible" && visible.length === 1) {
        throw new EmuError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      book.sheets = book.sheets.filter((x) => x !== s);
      for (const [n, f] of book.names) if (refersTo(f, s.name)) book.names.set(n, "=#REF!");
      if (book.activeSheet === s.name)
        book.activeSheet = book.sheets.find((x) => x.visibility === "Visible")?.name;
      if (book.selection?.sheet === s.name) book.selection = undefined;
    });
  }
  activate(): void {
    this.write(null, (s) => {
      if (s.visibility !== "Visible")
        throw new EmuError("InvalidOperation", "Cannot activate a hidden sheet.");
      this.ctx.book.activeSheet = s.name;
    });
  }
  getRange(address?: string): RangeProxy {
    return this.range(address ?? "", () => {
      if (!address) return { r1: 0, c1: 0, r2: 1048575, c2: 16383 };
      return parseRect(address);
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.range([row, col, rows, cols], () => {
      if (rows < 1 || cols < 1)
        throw new EmuError("InvalidArgument", "Range size must be positive.");
      return { r1: row, c1: col, r2: row + rows - 1, c2: col + cols - 1 };
    });
  }
  private range(arg: unknown, rect: () => Rect): RangeProxy {
    const p = new RangeProxy(this.ctx, () => {
      const s = this.target();
      return s ? { sheet: s, ...rect() } : null;
    });
    this.ctx.enqueue(jsonBytes(arg), () => p.resolveNow());
    return p;
  }
  getRanges(addresses: string): RangeAreasProxy {
    const p = new RangeAreasProxy(this.ctx, () => {
      const s = this.target();
      return s ? { sheet: s, areas: addresses.split(",").map((a) => parseRect(a)) } : null;
    });
    this.ctx.enqueue(jsonBytes(addresses), () => p.resolveNow());
    return p;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const p = new RangeProxy(this.ctx, () => {
      const s = this.target();
      const b = s?.usedBounds(!!valuesOnly);
      return s && b ? { sheet: s, ...b } : null;
    });
    this.ctx.enqueue(0, () => p.resolveNow());
    return p;
  }
}

function refersTo(formula: string, sheet: string): boolean {
  const q = `'${sheet.replace(/'/g, "''")}'!`;
  return formula.includes(q) || formula.includes(`=${sheet}!`);
}

function renameInNames(book: EmuWorkbook, from: string, to: string): void {
  const q = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  for (const [n, f] of book.names) book.names.set(n, f.split(q(from)).join(q(to)));
}

class FreezePanesProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly ws: WorksheetProxy,
  ) {}
  private set(arg: unknown, f: (s: EmuSheet) => void): void {
    this.ctx.enqueue(jsonBytes(arg), () => {
      const s = this.ws.emuSheet();
      if (!s) throw new EmuError("InvalidObjectPath", "null worksheet");
      f(s);
    });
  }
  freezeRows(n = 1): void {
    this.set(n, (s) => (s.freeze = { rows: n, cols: 0 }));
  }
  freezeColumns(n = 1): void {
    this.set(n, (s) => (s.freeze = { rows: 0, cols: n }));
  }
  freezeAt(range: RangeProxy | string): void {
    this.set(typeof range === "string" ? range : 0, (s) => {
      const r = typeof range === "string" ? parseRect(range) : range.rect();
      s.freeze = { rows: r.r2 + 1, cols: r.c2 + 1 };
    });
  }
  unfreeze(): void {
    this.set(0, (s) => (s.freeze = { rows: 0, cols: 0 }));
  }
}

class ProtectionProxy extends ClientObject<EmuSheet> {
  protected readonly scalarProps = ["protected"];
  constructor(ctx: Ctx, ws: WorksheetProxy) {
    super(ctx, () => ws.emuSheet());
  }
  protected read(s: EmuSheet, prop: string): unknown {
    return prop === "protected" ? s.protected : undefined;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(options?: unknown, password?: string): void {
    this.write([options ?? null, password ?? null], (s) => {
      if (s.protected)
        throw new EmuError("InvalidOperation", "The worksheet is already protected.");
      s.protected = true;
    });
  }
  unprotect(password?: string): void {
    this.write(password ?? null, (s) => (s.protected = false));
  }
}

function cellsOf(t: RangeTarget): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = t.r1; r <= t.r2; r++) for (let c = t.c1; c <= t.c2; c++) out.push([r, c]);
  return out;
}

function guardLocked(t: RangeTarget): void {
  if (!t.sheet.protected) return;
  for (const [r, c] of cellsOf(t)) {
    if (t.sheet.cell(r, c)?.format.locked ?? true) {
      throw new EmuError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
      );
    }
  }
}

function guardFormat(sheet: EmuSheet): void {
  if (sheet.protected) {
    throw new EmuError("AccessDenied", "You can't change formatting on a protected sheet.");
  }
}

function checkMatrix(t: RangeTarget, m: unknown): unknown[][] {
  const rows = t.r2 - t.r1 + 1;
  const cols = t.c2 - t.c1 + 1;
  if (
    !Array.isArray(m) ||
    m.length !== rows ||
    m.some((r) => !Array.isArray(r) || r.length !== cols)
  ) {
    throw new EmuError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
  return m as unknown[][];
}

function displayValue(v: Scalar): unknown {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

function writeInput(cell: EmuCell, input: unknown): void {
  const parsed = parseExcelInput(input as EmuConstant | null, cell.numberFormat);
  cell.formula = undefined;
  cell.quotePrefix = undefined;
  if (parsed.kind === "empty") cell.value = null;
  else if (parsed.kind === "formula") {
    cell.value = null;
    cell.formula = parsed.formula;
  } else {
    cell.value = parsed.value;
    if (parsed.quotePrefix) cell.quotePrefix = true;
    if (parsed.numberFormat && cell.numberFormat === "General")
      cell.numberFormat = parsed.numberFormat;
  }
}

class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly scalarProps = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "formulas",
    "numberFormat",
  ];
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  constructor(ctx: Ctx, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
    this.format = new RangeFormatProxy(ctx, () => {
      const t = this.target();
      return t ? { sheet: t.sheet, areas: [t] } : null;
    });
    this.dataValidation = new DataValidationProxy(ctx, this);
  }
  resolveNow(): RangeTarget | null {
    return this.target();
  }
  rect(): Rect {
    return this.must();
  }
  protected read(t: RangeTarget, prop: string): unknown {
    const cells = (t.r2 - t.r1 + 1) * (t.c2 - t.c1 + 1);
    if (["values", "formulas", "numberFormat", "text"].includes(prop) && cells > READ_CELL_LIMIT) {
      throw new EmuError(
        "ResponsePayloadSizeLimitExceeded",
        `Reading ${cells} cells exceeds the limit.`,
      );
    }
    const matrix = (f: (r: number, c: number) => unknown) => {
      const out: unknown[][] = [];
      for (let r = t.r1; r <= t.r2; r++) {
        const row: unknown[] = [];
        for (let c = t.c1; c <= t.c2; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    const book = this.ctx.book;
    switch (prop) {
      case "address":
        return `${quoteName(t.sheet.name)}!${rectAddress(t)}`;
      case "rowIndex":
        return t.r1;
      case "columnIndex":
        return t.c1;
      case "rowCount":
        return t.r2 - t.r1 + 1;
      case "columnCount":
        return t.c2 - t.c1 + 1;
      case "cellCount":
        return cells;
      case "values":
        return matrix((r, c) => displayValue(book.value(t.sheet.name, r, c)));
      case "formulas":
        return matrix((r, c) => {
          const cell = t.sheet.cell(r, c);
          return cell?.formula ?? (cell?.value === null || cell === undefined ? "" : cell.value);
        });
      case "numberFormat":
        return matrix((r, c) => t.sheet.cell(r, c)?.numberFormat ?? "General");
    }
    return undefined;
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(m: unknown[][]) {
    this.writeInputs(m);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(m: unknown[][]) {
    // Office.js takes formulas and constants alike here; text-formatted cells keep "=…" as text.
    this.writeInputs(m);
  }
  /** values and formulas: what a user would type into each cell. */
  private writeInputs(m: unknown[][]): void {
    this.write(m, (t) => {
      const rows = checkMatrix(t, m);
      guardLocked(t);
      rows.forEach((row, i) =>
        row.forEach((v, j) => writeInput(t.sheet.touch(t.r1 + i, t.c1 + j), v)),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(m: string[][]) {
    this.write(m, (t) => {
      const rows = checkMatrix(t, m);
      guardFormat(t.sheet);
      rows.forEach((row, i) =>
        row.forEach((v, j) => (t.sheet.touch(t.r1 + i, t.c1 + j).numberFormat = String(v))),
      );
    });
  }
  merge(across = false): void {
    this.write(across, (t) => {
      guardFormat(t.sheet);
      const rects = across
        ? Array.from({ length: t.r2 - t.r1 + 1 }, (_, i) => ({ ...t, r1: t.r1 + i, r2: t.r1 + i }))
        : [t];
      for (const r of rects) {
        if (r.r1 === r.r2 && r.c1 === r.c2) continue;
        const clash = t.sheet.merges.find((m) => overlaps(parseRect(m), r));
        if (clash)
          throw new EmuError("InvalidOperation", `Cannot merge: overlaps merged range ${clash}.`);
        t.sheet.merges.push(rectAddress(r));
      }
    });
  }
  select(): void {
    this.write(null, (t) => {
      if (t.sheet.visibility !== "Visible")
        throw new EmuError("InvalidOperation", "Cannot select on a hidden sheet.");
      this.ctx.book.activeSheet = t.sheet.name;
      this.ctx.book.selection = { sheet: t.sheet.name, address: rectAddress(t) };
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const p = new RangeAreasProxy(this.ctx, () => {
      const t = this.target();
      if (!t) return null;
      const areas = t.sheet.merges.map(parseRect).filter((m) => overlaps(m, t));
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
    this.ctx.enqueue(0, () => p.resolveNow());
    return p;
  }
}

class RangeAreasProxy extends ClientObject<AreasTarget> {
  protected readonly scalarProps = ["address", "areaCount", "cellCount"];
  readonly format: RangeFormatProxy;
  constructor(ctx: Ctx, resolver: () => AreasTarget | null) {
    super(ctx, resolver);
    this.format = new RangeFormatProxy(ctx, () => this.target());
  }
  resolveNow(): AreasTarget | null {
    return this.target();
  }
  protected read(t: AreasTarget, prop: string): unknown {
    switch (prop) {
      case "address":
        return t.areas.map((a) => `${quoteName(t.sheet.name)}!${rectAddress(a)}`).join(",");
      case "areaCount":
        return t.areas.length;
      case "cellCount":
        return t.areas.reduce((s, a) => s + (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1), 0);
    }
    return undefined;
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

type FormatKey = keyof EmuCell["format"];

/** Format objects write straight through to every cell of every area. */
class RangeFormatProxy {
  readonly fill: { color: string };
  readonly font: { name: string; bold: boolean; italic: boolean; size: number; color: string };
  readonly protection: { locked: boolean };
  readonly borders: { getItem(index: string): { style: string; color: string; weight: string } };
  constructor(
    private readonly ctx: Ctx,
    private readonly areas: () => AreasTarget | null,
  ) {
    const prop = <K extends FormatKey>(key: K, formatting = true) => ({
      get: (): never => {
        throw notLoaded(String(key));
      },
      set: (v: EmuCell["format"][K]) => this.apply(v, (cell) => (cell.format[key] = v), formatting),
    });
    this.fill = Object.defineProperty({} as { color: string }, "color", prop("fill"));
    const font = {} as {
      name: string;
      bold: boolean;
      italic: boolean;
      size: number;
      color: string;
    };
    Object.defineProperty(font, "name", prop("fontName"));
    Object.defineProperty(font, "bold", prop("bold"));
    Object.defineProperty(font, "italic", prop("italic"));
    Object.defineProperty(font, "size", prop("size"));
    Object.defineProperty(font, "color", prop("color"));
    this.font = font;
    this.protection = Object.defineProperty({} as { locked: boolean }, "locked", prop("locked"));
    this.borders = {
      getItem: (index: string) => {
        const border = {} as { style: string; color: string; weight: string };
        Object.defineProperty(border, "style", {
          get: () => {
            throw notLoaded("style");
          },
          set: (v: string) => {
            this.apply(
              v,
              (cell) => {
                if (v === "Continuous") cell.format.border = "thin";
                else if (v === "None") delete cell.format.border;
              },
              true,
              index,
            );
          },
        });
        Object.defineProperty(border, "color", {
          set: (v: string) => {
            this.apply(v, () => undefined);
          },
        });
        Object.defineProperty(border, "weight", {
          set: (v: string) => {
            this.apply(v, () => undefined);
          },
        });
        return border;
      },
    };
  }
  set horizontalAlignment(v: string) {
    this.apply(v, (c) => (c.format.horizontal = v));
  }
  set verticalAlignment(v: string) {
    this.apply(v, (c) => (c.format.vertical = v));
  }
  set wrapText(v: boolean) {
    this.apply(v, (c) => (c.format.wrap = v));
  }
  set columnWidth(v: number) {
    this.ctx.enqueue(jsonBytes(v), () => {
      const t = this.areas();
      if (!t) throw new EmuError("InvalidObjectPath", "null range");
      guardFormat(t.sheet);
      for (const a of t.areas) for (let c = a.c1; c <= a.c2; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  private apply(arg: unknown, f: (cell: EmuCell) => void, formatting = true, tag?: string): void {
    this.ctx.enqueue(jsonBytes(tag ? [tag, arg] : arg), () => {
      const t = this.areas();
      if (!t) throw new EmuError("InvalidObjectPath", "null range");
      if (formatting) guardFormat(t.sheet);
      for (const a of t.areas) {
        for (let r = a.r1; r <= a.r2; r++)
          for (let c = a.c1; c <= a.c2; c++) f(t.sheet.touch(r, c));
      }
    });
  }
}

class DataValidationProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly range: RangeProxy,
  ) {}
  private entry(
    f: (v: EmuSheet["validations"][number], sheet: EmuSheet) => void,
    arg: unknown,
  ): void {
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
  set rule(rule: Record<string, unknown>) {
    if (Object.keys(rule).length !== 1)
      throw new EmuError("InvalidArgument", "A data validation rule needs exactly one type.");
    this.entry((v) => (v.rule = rule), rule);
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

class NamedItemCollectionProxy extends ClientObject<EmuWorkbook> {
  protected readonly scalarProps = ["items"];
  constructor(ctx: Ctx) {
    super(ctx, () => ctx.book);
  }
  protected read(book: EmuWorkbook): unknown {
    return [...book.names.entries()].map(
      ([name, formula]) => new NamedItemProxy(this.ctx, name, { name, formula }),
    );
  }
  get items(): NamedItemProxy[] {
    return this.get("items");
  }
  add(name: string, reference: string | RangeProxy, comment?: string): NamedItemProxy {
    const formula = typeof reference === "string" ? reference : "";
    this.ctx.enqueue(jsonBytes([name, formula, comment ?? ""]), () => {
      const book = this.ctx.book;
      if (
        !/^[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) ||
        /^[A-Za-z]{1,3}\d+$/.test(name)
      ) {
        throw new EmuError("InvalidArgument", `Invalid name '${name}'.`);
      }
      if ([...book.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new EmuError("ItemAlreadyExists", `The name '${name}' already exists.`);
      }
      const f = formula.startsWith("=") ? formula : `=${formula}`;
      const bang = f.lastIndexOf("!");
      let sheet = f.slice(1, bang);
      if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      if (bang < 0 || !book.sheet(sheet))
        throw new EmuError("InvalidArgument", `Invalid reference '${formula}'.`);
      book.names.set(name, f);
    });
    return new NamedItemProxy(this.ctx, name);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name);
  }
}

class NamedItemProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly key: string,
    private readonly loaded?: { name: string; formula: string },
  ) {}
  toJSON(): unknown {
    return this.loaded ?? null;
  }
  get name(): string {
    if (!this.loaded) throw notLoaded("name");
    return this.loaded.name;
  }
  get formula(): string {
    if (!this.loaded) throw notLoaded("formula");
    return this.loaded.formula;
  }
  delete(): void {
    this.ctx.enqueue(jsonBytes(this.key), () => {
      const book = this.ctx.book;
      const k = [...book.names.keys()].find((n) => n.toLowerCase() === this.key.toLowerCase());
      if (k) book.names.delete(k);
    });
  }
}

export interface EmulationOptions {
  /** Requirement sets reported as supported, e.g. { ExcelApi: "1.9" }; default: ExcelApi 1.17. */
  supported?: Record<string, string>;
  displayLanguage?: string;
  /** Milliseconds each sync waits, to let the preview show progress. */
  latencyMs?: number;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The emulated `Excel` and `Office` globals over one in-memory workbook. */
export class ExcelEmulation {
  readonly stats: EmuStats = {
    runs: 0,
    syncs: 0,
    calls: 0,
    requestBytes: 0,
    responseBytes: 0,
    perSync: [],
  };
  readonly Excel: { run<T>(batch: (ctx: Ctx) => Promise<T>): Promise<T> };
  readonly Office: {
    context: {
      displayLanguage: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
    };
    onReady(
      cb?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
  };

  constructor(
    readonly workbook: EmuWorkbook = new EmuWorkbook(),
    private readonly options: EmulationOptions = {},
  ) {
    const supported = options.supported ?? { ExcelApi: "1.17" };
    this.Excel = {
      run: async <T>(batch: (ctx: Ctx) => Promise<T>): Promise<T> => {
        this.stats.runs++;
        const ctx = new Ctx(this, this.workbook);
        const result = await batch(ctx);
        if (ctx.queue.length) await ctx.sync();
        return result;
      },
    };
    const info = { host: "Excel", platform: "Emulated" };
    this.Office = {
      context: {
        displayLanguage: options.displayLanguage ?? "vi-VN",
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            supported[name] !== undefined && versionAtLeast(supported[name], version ?? "1.1"),
        },
      },
      onReady: async (cb) => {
        cb?.(info);
        return info;
      },
      HostType: { Excel: "Excel" },
    };
  }

  latency(): Promise<void> {
    const ms = this.options.latencyMs ?? 0;
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  resetStats(): void {
    Object.assign(this.stats, {
      runs: 0,
      syncs: 0,
      calls: 0,
      requestBytes: 0,
      responseBytes: 0,
      perSync: [],
    });
  }

  /** Makes this emulation the global `Excel` and `Office`, as office.js would. */
  install(
    target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
  ): this {
    target.Excel = this.Excel;
    target.Office = this.Office;
    return this;
  }
}
