import type { Consolidation } from "../consolidate/consolidate";
import type { Campaign, Indicator, IndicatorSheet } from "../model";
import { childrenOf, ratioParts } from "../outline/indicators";
import { yearColumns } from "../outliers/yearColumns";
import { amountText } from "./amountText";
import type { DraftFigure, FigureRef } from "./draftTypes";
import { formatViNumber, formatViPercent } from "./formatVi";
import { measureWord } from "./measureWord";
import { lowerFirst, subjectOf, typesNote, unitsNoun, upperFirst } from "./phrases";
import { yearComparison } from "./yearComparison";

/**
 * The drafted sentences of one indicator sheet, every number read from the consolidation's
 * totals (whatever each indicator's aggregation made of them): counts and amounts with their
 * measure and the parts "trong đó", ratios with their summed parts, yes/no as "Có 45/48 tổ chức
 * cơ sở đảng (đạt 93,75 %) …". On a year-column sheet each figure is the latest year's, compared
 * with the first year's.
 *
 * @example indicatorFigures(campaign, b1, c)[2].text
 * // "Tổng số đảng viên tham gia học tập, quán triệt: 2.531 đồng chí."
 */
export function indicatorFigures(
  campaign: Campaign,
  sheet: IndicatorSheet,
  c: Consolidation,
): DraftFigure[] {
  const years = yearColumns(sheet);
  const col = years ? sheet.columns[sheet.columns.length - 1] : sheet.columns[0];
  const first = years ? sheet.columns[0] : undefined;
  const totals = c.totals[sheet.id] ?? {};
  const value = (code: string, column = col.id) => totals[code]?.[column] ?? null;
  const answered = (code: string) =>
    c.statistics.find((s) => s.sheet === sheet.id && s.code === code && s.column === col.id)
      ?.description.count ?? 0;
  const yearText = years ? ` năm ${col.id}` : "";
  const noun = unitsNoun(campaign);
  const said = new Set<string>();
  const out: DraftFigure[] = [];

  const ref = (ind: Indicator, column = col.id): FigureRef => ({
    sheet: sheet.id,
    code: ind.code,
    column,
  });
  // The latest year and, on a year-column sheet, the first year it is compared with.
  const both = (ind: Indicator) => (first ? [ref(ind), ref(ind, first.id)] : [ref(ind)]);
  const figure = (text: string, refs: FigureRef[]): DraftFigure => {
    const codes = [...new Set(refs.map((r) => r.code))].join(", ");
    const cols = [...new Set(refs.map((r) => r.column))].join(", ");
    return {
      text,
      source: `${sheet.name} – chỉ tiêu ${codes}${years ? ` (năm ${cols})` : ""}`,
      refs,
    };
  };
  const compared = (ind: Indicator, v: number, ratio: boolean) =>
    first
      ? yearComparison(v, value(ind.code, first.id), first.id, (x) => amountText(ind, x), ratio)
      : "";

  for (const ind of sheet.indicators) {
    if (ind.heading || said.has(ind.code) || !drafted(ind)) continue;
    const v = value(ind.code);
    if (v === null) continue;
    const types = typesNote(campaign, ind.appliesTo);
    const note = types && ` (${types})`;
    const ratio = ratioParts(ind);
    if (ratio) {
      const num = sheet.indicators.find((i) => i.code === ratio.numerator)!;
      const den = sheet.indicators.find((i) => i.code === ratio.denominator)!;
      const n = value(num.code);
      const d = value(den.code);
      const parts =
        n !== null && d !== null
          ? ` (${formatViNumber(n)}/${formatViNumber(d)} ${measureWord(den)})`.replace(" )", ")")
          : "";
      out.push(
        figure(
          `${ind.label}${note}${yearText} đạt ${formatViPercent(v)}${parts}${compared(ind, v, true)}.`,
          [...both(ind), ref(num), ref(den)],
        ),
      );
      continue;
    }
    if (ind.aggregation === "countYes") {
      const of = answered(ind.code);
      if (of === 0) continue;
      const phrase = /^(có|đã|được|chưa)\s/iu.test(ind.label)
        ? lowerFirst(ind.label)
        : `có ${lowerFirst(ind.label)}`;
      const lead = years ? `Năm ${col.id}, có` : "Có";
      out.push(
        figure(
          `${lead} ${formatViNumber(v)}/${formatViNumber(of)} ${noun}${types && ` ${types}`} (đạt ${formatViPercent(v / of)}) ${phrase}.`,
          [ref(ind)],
        ),
      );
      continue;
    }
    const kids = ind.sumOfChildren
      ? childrenOf(sheet, ind.code).filter((k) => value(k.code) !== null)
      : [];
    kids.forEach((k) => said.add(k.code));
    const within = kids.length
      ? `, trong đó: ${kids.map((k) => `${lowerFirst(k.label)}${typesNote(campaign, k.appliesTo) && ` (${typesNote(campaign, k.appliesTo)})`} ${amountText(k, value(k.code)!)}`).join("; ")}`
      : "";
    const subject = ind.aggregation === "sum" ? subjectOf(ind.label) : ind.label;
    out.push(
      figure(
        `${upperFirst(subject)}${note}${yearText}: ${amountText(ind, v)}${compared(ind, v, false)}${within}.`,
        [...both(ind), ...kids.map((k) => ref(k))],
      ),
    );
  }
  return out;
}

/** Indicators whose consolidated figure a report quotes: numbers, not text, dates or choices. */
function drafted(ind: Indicator): boolean {
  return (
    ind.aggregation !== "none" &&
    ind.type !== "text" &&
    ind.type !== "choice" &&
    ind.type !== "date"
  );
}
