import { a1, a1Range } from "../a1/a1";
import { outlineHash } from "../hash/outlineHash";
import type {
  Campaign,
  IndicatorSheet,
  InfoSheet,
  ListSheet,
  PlanCell,
  PlanSheet,
  PlanValidation,
  PlanValue,
  Unit,
  ValueType,
  WorkbookPlan,
} from "../model";
import { indicatorApplies, ratioParts } from "../outline/indicators";
import { unitDocumentForm, writeHeading, writeSignature } from "./appendixDocument";
import { ratioFormula } from "./formulas";
import { buildMetaSheet } from "./buildMetaSheet";
import { SheetBuilder } from "./sheetBuilder";
import { inputStyleFor, PLAN_STYLES, valueStyleFor } from "./styles";
import {
  APPENDIX_ROWS,
  LIST_TEMPLATE_ROWS,
  TEMPLATE_COLS,
  TEMPLATE_ROWS,
  TEMPLATE_TEXT,
  YES_NO,
} from "../template/templateLayout";
import type { DocumentForm } from "../model";
import { inputPrompt } from "./inputPrompt";

/**
 * A sheet of the consolidated appendix as a signed document: heading block above the title, the
 * coverage line as subtitle, and (tables of figures) the signature block under the table.
 */
export interface AppendixSheetOptions {
  form: DocumentForm;
  /** "PHỤ LỤC n". */
  number: number;
  /** The line under the title: data cut-off date and coverage. */
  subtitle: string;
}

/** A builder in the template's layout, or the appendix's with its heading block written. */
function sheetBuilder(
  name: string,
  title: string,
  subtitle: string,
  lastCol: number,
  appendix: AppendixSheetOptions | undefined,
  unitName?: string,
): SheetBuilder {
  const b = new SheetBuilder(name, appendix ? APPENDIX_ROWS : TEMPLATE_ROWS);
  if (appendix) writeHeading(b, appendix.form, appendix.number, lastCol, HEADING_SPLIT);
  b.titleRows(title, appendix?.subtitle ?? subtitle, lastCol);
  if (!appendix) {
    // The unit's name on every printed sheet of its submission, under the title.
    const line = TEMPLATE_ROWS.subtitle + 1;
    b.set(line, 0, { v: `${UNIT_LINE}${unitName || UNIT_LINE_BLANK}`, s: "unitLine" });
    b.merge(line, 0, line, lastCol);
  }
  return b;
}

/** "Đơn vị báo cáo: …" under a template sheet's title; dots where the unit is not known yet. */
export const UNIT_LINE = "Đơn vị báo cáo: ";
const UNIT_LINE_BLANK = "……………………………………………………";

/**
 * The template's signature block, on the sheets of figures: the preparer and the unit's
 * committee (T/M CẤP ỦY, BÍ THƯ), so a unit can print and sign what it sends.
 */
function writeUnitSignature(b: SheetBuilder, campaign: Campaign, lastCol: number): void {
  writeSignature(b, unitDocumentForm(campaign), lastCol, HEADING_SPLIT);
}

/**
 * The heading and signature blocks of the outline's sheets split after the label column: the
 * issuing body over STT and label, "ĐẢNG CỘNG SẢN VIỆT NAM" over the figures.
 */
const HEADING_SPLIT = 2;

/** The unit of measure of a consolidated yes/no indicator: how many units answered "Có". */
export const YES_COUNT_UNIT = "Số đơn vị có";

/** Fixed creation time: templates of the same campaign are byte-identical. */
export const PLAN_EPOCH = "2021-01-01T00:00:00.000Z";

export interface TemplateOptions {
  /** Pre-fill and tailor the template for one unit of the registry. */
  unitCode?: string;
  /** A filled submission (sample units, tests): values written into the input cells. */
  filled?: FilledValues;
}

/** Values of a filled template, keyed like a UnitReport: info, values[sheet][code][col], lists. */
export interface FilledValues {
  info?: Record<string, PlanValue>;
  values?: Record<string, Record<string, Record<string, PlanValue>>>;
  lists?: Record<string, Array<Record<string, PlanValue>>>;
}

/**
 * The unit template of a campaign's outline: one sheet per outline sheet, input cells unlocked
 * with data validation, labels and formulas locked, frozen headers, and the hidden meta sheet.
 *
 * @example
 * const plan = buildTemplatePlan(embeddedCampaign, { unitCode: "CBCS01" });
 * plan.sheets.map((s) => s.name); // ["Thông tin", "B1 Quán triệt", …, "_PhuLuc"]
 */
export function buildTemplatePlan(campaign: Campaign, options: TemplateOptions = {}): WorkbookPlan {
  const unit = options.unitCode
    ? campaign.units.find((u) => u.code === options.unitCode)
    : undefined;
  const filled = options.filled;
  if (options.unitCode && !unit) {
    throw new Error(
      `Mã đơn vị ${options.unitCode} không có trong danh sách đơn vị của đợt báo cáo.`,
    );
  }
  const sheets: PlanSheet[] = campaign.outline.sheets.map((sheet) => {
    switch (sheet.kind) {
      case "info":
        return buildInfoSheet(campaign, sheet, { ...unitInfoValues(unit), ...filled?.info });
      case "indicators":
        return buildIndicatorSheet(campaign, sheet, {
          unitType: unit?.type,
          unitName: unit?.name,
          inputValue: filled?.values
            ? (code, colId) => filled.values?.[sheet.id]?.[code]?.[colId]
            : undefined,
        });
      case "list":
        return buildListSheet(campaign, sheet, {
          rows: (filled?.lists?.[sheet.id] ?? []).map((cells) => ({ cells })),
          input: true,
          unitName: unit?.name,
        });
    }
  });
  sheets.push(
    buildMetaSheet({
      kind: "template",
      campaignId: campaign.id,
      outlineId: campaign.outline.id,
      version: campaign.outline.version,
      hash: outlineHash(campaign.outline),
      unitCode: unit?.code,
      sheetNames: Object.fromEntries(campaign.outline.sheets.map((s) => [s.id, s.name])),
      ownedSheets: [],
    }),
  );
  return {
    sheets,
    styles: PLAN_STYLES,
    names: [],
    properties: {
      title: unit ? `${campaign.outline.title} — ${unit.name}` : campaign.outline.title,
      creator: "Phụ lục",
      created: PLAN_EPOCH,
    },
  };
}

/** Data validation of an input range for a value type (choices given for list types). */
export function validationFor(
  range: string,
  type: ValueType,
  bounds: { min?: number; max?: number; choices?: string[] },
): PlanValidation | undefined {
  const { prompt, error } = inputPrompt(type, bounds);
  const said = { error, ...(prompt ? { prompt } : {}) };
  switch (type) {
    case "integer":
      return { range, kind: "whole", min: bounds.min ?? -1e15, max: bounds.max ?? 1e15, ...said };
    case "decimal":
      return { range, kind: "decimal", min: bounds.min ?? -1e15, max: bounds.max ?? 1e15, ...said };
    case "percent":
      return { range, kind: "decimal", min: bounds.min ?? 0, max: bounds.max ?? 1, ...said };
    case "date":
      return { range, kind: "date", min: bounds.min, max: bounds.max, ...said };
    case "yesno":
      return { range, kind: "list", list: [YES_NO.yes, YES_NO.no], ...said };
    case "choice":
      return bounds.choices ? { range, kind: "list", list: bounds.choices, ...said } : undefined;
    default:
      return undefined;
  }
}

/** The info fields a template for one unit is pre-filled with. */
export function unitInfoValues(unit: Unit | undefined): Record<string, PlanValue> {
  if (!unit) return {};
  return { unitCode: unit.code, unitName: unit.name, level: unit.level, unitType: unit.type };
}

/** The unit information sheet, with input cells pre-filled from `values` (field id → value). */
export function buildInfoSheet(
  campaign: Campaign,
  sheet: InfoSheet,
  values: Record<string, PlanValue>,
  appendix?: AppendixSheetOptions,
): PlanSheet {
  const valueCol = TEMPLATE_COLS.infoValue;
  const unitName = typeof values.unitName === "string" ? values.unitName : undefined;
  const b = sheetBuilder(sheet.name, sheet.title, campaign.title, valueCol, appendix, unitName);
  const rows = b.layout;
  b.setRow(rows.header, 0, [
    { v: TEMPLATE_TEXT.stt, s: "header" },
    { v: TEMPLATE_TEXT.field, s: "header" },
    { v: TEMPLATE_TEXT.value, s: "header" },
  ]);
  sheet.fields.forEach((field, i) => {
    const r = rows.firstData + i;
    b.setRow(r, 0, [
      { v: i + 1, s: "code" },
      { v: field.label, s: "label" },
      { v: values[field.id] ?? null, s: inputStyleFor(field.type) },
    ]);
    const v = validationFor(a1(r, valueCol), field.type, field);
    if (v) b.validations.push(v);
  });
  b.setWidth(0, 6);
  b.setWidth(1, 40);
  b.setWidth(2, 30);
  b.freeze = { rows: rows.firstData, cols: 0 };
  b.print = { repeatRows: { first: rows.header, last: rows.header } };
  if (appendix) writeSignature(b, appendix.form, valueCol, HEADING_SPLIT);
  else writeUnitSignature(b, campaign, valueCol);
  b.protect = true;
  return b.build();
}

export interface IndicatorSheetOptions {
  /** Tailor to a unit type: cells of indicators not applying to it are greyed out. */
  unitType?: string;
  /** The unit's name, for the line under the title of its template. */
  unitName?: string;
  /** Fills value cells (consolidated appendix); absent = input cells (template). */
  valueCell?: (indicatorCode: string, columnIndex: number) => PlanCell;
  /** Values typed into the input cells (a filled template). */
  inputValue?: (indicatorCode: string, columnId: string) => PlanValue | undefined;
  subtitle?: string;
  /** A sheet of the consolidated appendix (heading and signature blocks). */
  appendix?: AppendixSheetOptions;
}

/**
 * An indicator table in the template layout: STT, label, unit of measure, one column per value
 * column; ratio cells are formulas over their parts.
 */
export function buildIndicatorSheet(
  campaign: Campaign,
  sheet: IndicatorSheet,
  options: IndicatorSheetOptions,
): PlanSheet {
  const first = TEMPLATE_COLS.firstValue;
  const lastCol = first + sheet.columns.length - 1;
  const b = sheetBuilder(
    sheet.name,
    sheet.title,
    options.subtitle ?? campaign.title,
    lastCol,
    options.appendix,
    options.unitName,
  );
  const rows = b.layout;
  b.setRow(rows.header, 0, [
    { v: TEMPLATE_TEXT.stt, s: "header" },
    { v: TEMPLATE_TEXT.indicator, s: "header" },
    { v: TEMPLATE_TEXT.unitOfMeasure, s: "header" },
    ...sheet.columns.map((c) => ({ v: c.header, s: "header" })),
  ]);
  const rowOf = new Map(sheet.indicators.map((ind, i) => [ind.code, rows.firstData + i]));
  sheet.indicators.forEach((ind, i) => {
    const r = rows.firstData + i;
    if (ind.heading) {
      b.setRow(r, 0, [
        { v: ind.code, s: "headingCode" },
        { v: ind.label, s: "headingLabel" },
        { v: ind.unit, s: "headingCell" },
        ...sheet.columns.map(() => ({ s: "headingCell" })),
      ]);
      return;
    }
    // A consolidated yes/no figure is a count of units, and says so.
    const unitText =
      options.valueCell && ind.aggregation === "countYes" ? YES_COUNT_UNIT : ind.unit;
    b.setRow(r, 0, [
      { v: ind.code, s: "code" },
      { v: ind.label, s: "label" },
      { v: unitText, s: "code" },
    ]);
    const ratio = ratioParts(ind);
    const applies = indicatorApplies(ind, options.unitType);
    sheet.columns.forEach((_, j) => {
      const c = first + j;
      if (!applies) {
        b.set(r, c, { s: "notApplicable" });
      } else if (ratio) {
        const num = a1(rowOf.get(ratio.numerator)!, c);
        const den = a1(rowOf.get(ratio.denominator)!, c);
        // A filled sheet (consolidated appendix) caches the ratio of its totals.
        b.set(r, c, {
          f: ratioFormula(num, den),
          v: options.valueCell?.(ind.code, j).v ?? "",
          s: "formulaPercent",
        });
      } else if (options.valueCell) {
        b.set(r, c, options.valueCell(ind.code, j));
      } else {
        const v = options.inputValue?.(ind.code, sheet.columns[j].id);
        b.set(
          r,
          c,
          v === undefined || v === null
            ? { s: inputStyleFor(ind.type) }
            : { v, s: inputStyleFor(ind.type) },
        );
      }
    });
    if (applies && !ratio && !options.valueCell) {
      const v = validationFor(a1Range(r, first, r, lastCol), ind.type, ind);
      if (v) b.validations.push(v);
    }
  });
  b.setWidth(0, 6);
  // Five year columns still fit an A4 landscape page at full size (printLayout).
  b.setWidth(1, sheet.columns.length > 2 ? 40 : 52);
  b.setWidth(2, 12);
  sheet.columns.forEach((_, j) => b.setWidth(first + j, sheet.columns.length > 2 ? 11 : 16));
  b.freeze = { rows: rows.firstData, cols: first };
  b.print = { repeatRows: { first: rows.header, last: rows.header } };
  if (options.appendix) writeSignature(b, options.appendix.form, lastCol, HEADING_SPLIT);
  else if (!options.valueCell) writeUnitSignature(b, campaign, lastCol);
  b.protect = true;
  return b.build();
}

export interface ListSheetOptions {
  /** Filled rows (consolidated appendix): cells by list column id, plus the origin unit name. */
  rows: Array<{ cells: Record<string, PlanValue>; originUnit?: string }>;
  /** Add the "Đơn vị" column naming the unit each row came from. */
  originColumn?: boolean;
  /** Keep the rows as unprotected input rows (a template, filled or not). */
  input?: boolean;
  appendix?: AppendixSheetOptions;
  /** The unit's name, for the line under the title of its template. */
  unitName?: string;
}

/** A list table in the template layout; empty input rows in a template, given rows otherwise. */
export function buildListSheet(
  campaign: Campaign,
  sheet: ListSheet,
  options: ListSheetOptions,
): PlanSheet {
  const lastCol = sheet.columns.length + (options.originColumn ? 1 : 0);
  const b = sheetBuilder(
    sheet.name,
    sheet.title,
    campaign.title,
    lastCol,
    options.appendix,
    options.unitName,
  );
  b.setRow(b.layout.header, 0, [
    { v: TEMPLATE_TEXT.stt, s: "header" },
    ...sheet.columns.map((c) => ({ v: c.header, s: "header" })),
    ...(options.originColumn ? [{ v: TEMPLATE_TEXT.originUnit, s: "header" }] : []),
  ]);
  const firstRow = b.layout.firstData;
  const input = options.input === true;
  const rowCount = input
    ? Math.max(options.rows.length, LIST_TEMPLATE_ROWS)
    : Math.max(options.rows.length, 1);
  const lastRow = firstRow + rowCount - 1;
  for (let r = firstRow; r <= lastRow; r++) {
    const row = options.rows[r - firstRow];
    const number = row ? r - firstRow + 1 : null;
    b.set(r, 0, { v: number, s: input ? "inputInteger" : "code" });
    sheet.columns.forEach((col, j) =>
      b.set(r, 1 + j, {
        v: row?.cells[col.id] ?? null,
        s: isYearColumn(col)
          ? input
            ? "inputYear"
            : "year"
          : input
            ? inputStyleFor(col.type)
            : valueStyleFor(col.type),
      }),
    );
    if (options.originColumn) b.set(r, lastCol, { v: row?.originUnit ?? null, s: "text" });
  }
  b.setWidth(0, 6);
  sheet.columns.forEach((col, j) => b.setWidth(1 + j, col.type === "text" ? 28 : 13));
  if (options.originColumn) b.setWidth(lastCol, 28);
  b.freeze = { rows: firstRow, cols: 0 };
  b.print = { repeatRows: { first: b.layout.header, last: b.layout.header } };
  if (input) {
    sheet.columns.forEach((col, j) => {
      const v = validationFor(a1Range(firstRow, 1 + j, lastRow, 1 + j), col.type, col);
      if (v) b.validations.push(v);
    });
  }
  // Template list sheets stay unprotected so units can insert rows; output ones are protected.
  b.protect = !input;
  return b.build();
}

/**
 * Whether a list column holds years ("Năm bắt đầu"): printed as 2020, never "2.020".
 *
 * @example isYearColumn({ header: "Năm bắt đầu", type: "integer" }) === true
 */
export function isYearColumn(col: {
  header: string;
  type: ValueType;
  min?: number;
  max?: number;
}): boolean {
  if (col.type !== "integer") return false;
  if (/^\s*năm\b/i.test(col.header.normalize("NFC"))) return true;
  return col.min !== undefined && col.max !== undefined && col.min >= 1900 && col.max <= 2200;
}
