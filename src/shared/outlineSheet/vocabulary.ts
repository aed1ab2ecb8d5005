import type { Rule, ValueType } from "../model";
import { normalizeLabel } from "../text";

/**
 * One word of the outline sheet's vocabulary: the schema value, the Vietnamese word written in
 * the sheet, and the English word (also accepted when reading, as are the aliases).
 */
export interface VocabularyWord<T extends string> {
  value: T;
  vi: string;
  en: string;
  aliases?: readonly string[];
}

export type Vocabulary<T extends string> = readonly VocabularyWord<T>[];

export type SheetKind = "info" | "indicators" | "list";
export type SimpleAggregation = "sum" | "mean" | "min" | "max" | "countYes" | "none";

/** Kinds of outline sheets ("Loại" column of "Đề cương"). */
export const KIND_WORDS: Vocabulary<SheetKind> = [
  { value: "info", vi: "thông tin", en: "info", aliases: ["information"] },
  { value: "indicators", vi: "chỉ tiêu", en: "indicators", aliases: ["indicator", "biểu"] },
  { value: "list", vi: "danh sách", en: "list" },
];

/** Value types ("Kiểu" column of "Đề cương - Chỉ tiêu"). */
export const VALUE_TYPE_WORDS: Vocabulary<ValueType> = [
  { value: "integer", vi: "số nguyên", en: "integer", aliases: ["int", "whole"] },
  { value: "decimal", vi: "số thập phân", en: "decimal", aliases: ["số thực", "number"] },
  { value: "percent", vi: "tỷ lệ", en: "percent", aliases: ["tỉ lệ", "phần trăm", "%"] },
  { value: "yesno", vi: "có/không", en: "yes/no", aliases: ["yesno", "có / không", "boolean"] },
  { value: "date", vi: "ngày", en: "date", aliases: ["ngày tháng"] },
  { value: "text", vi: "văn bản", en: "text", aliases: ["chữ", "string"] },
  { value: "choice", vi: "lựa chọn", en: "choice", aliases: ["chọn", "danh mục"] },
];

/** Aggregations other than ratio ("Tổng hợp" column); ratio is written `tỷ lệ 2/1`. */
export const AGGREGATION_WORDS: Vocabulary<SimpleAggregation> = [
  { value: "sum", vi: "tổng", en: "sum", aliases: ["cộng", "tổng cộng"] },
  { value: "mean", vi: "trung bình", en: "mean", aliases: ["average", "avg"] },
  { value: "min", vi: "nhỏ nhất", en: "min", aliases: ["minimum"] },
  { value: "max", vi: "lớn nhất", en: "max", aliases: ["maximum"] },
  { value: "countYes", vi: "đếm có", en: "count yes", aliases: ["countyes", "đếm"] },
  { value: "none", vi: "không", en: "none", aliases: ["không tổng hợp"] },
];

/** The words that introduce a ratio aggregation: `tỷ lệ 3/1`, `ratio 3/1`. */
export const RATIO_WORDS: VocabularyWord<"ratio"> = {
  value: "ratio",
  vi: "tỷ lệ",
  en: "ratio",
  aliases: ["tỉ lệ"],
};

/** The words of a weighted mean, followed by the weight's code: `bình quân theo 1`. */
export const WEIGHTED_MEAN_WORDS: VocabularyWord<"weightedMean"> = {
  value: "weightedMean",
  vi: "bình quân theo",
  en: "weighted mean by",
  aliases: ["bình quân gia quyền theo", "trung bình theo", "weighted by", "weighted average by"],
};

/** Rule severities ("Mức độ" column of "Đề cương - Ràng buộc"). */
export const SEVERITY_WORDS: Vocabulary<Rule["severity"]> = [
  { value: "error", vi: "lỗi", en: "error" },
  { value: "warning", vi: "cảnh báo", en: "warning", aliases: ["warn"] },
];

/** The mark written in yes/no columns (Bắt buộc, Bằng tổng chỉ tiêu con, Tiêu đề mục). */
export const MARK = "x";

/**
 * The sheet word for a schema value.
 *
 * @example wordFor(VALUE_TYPE_WORDS, "integer") === "số nguyên"
 */
export function wordFor<T extends string>(vocabulary: Vocabulary<T>, value: T): string {
  const word = vocabulary.find((w) => w.value === value);
  return word ? word.vi : value;
}

/**
 * The schema value for a word typed in the sheet, or undefined. Case, diacritics (so NFD text and
 * words typed without accents) and spacing do not matter; English words and aliases are accepted.
 *
 * @example valueForWord(VALUE_TYPE_WORDS, "So Nguyen") === "integer"
 * @example valueForWord(VALUE_TYPE_WORDS, "decimal") === "decimal"
 * @example valueForWord(VALUE_TYPE_WORDS, "số nguyên x") === undefined
 */
export function valueForWord<T extends string>(
  vocabulary: Vocabulary<T>,
  text: string,
): T | undefined {
  const key = normalizeWord(text);
  if (key === "") return undefined;
  return vocabulary.find((w) => spellings(w).some((s) => normalizeWord(s) === key))?.value;
}

/** The Vietnamese words of a vocabulary, for drop-down lists and messages. */
export function wordsOf<T extends string>(vocabulary: Vocabulary<T>): string[] {
  return vocabulary.map((w) => w.vi);
}

/** Whether `text` is one of the spellings of `word`. */
export function isWord<T extends string>(word: VocabularyWord<T>, text: string): boolean {
  const key = normalizeWord(text);
  return key !== "" && spellings(word).some((s) => normalizeWord(s) === key);
}

function spellings<T extends string>(word: VocabularyWord<T>): string[] {
  return [word.vi, word.en, word.value, ...(word.aliases ?? [])];
}

/** normalizeLabel, plus spaces around "/" ignored so "có / không" reads as "có/không". */
function normalizeWord(text: string): string {
  return normalizeLabel(text).replace(/\s*\/\s*/g, "/");
}
