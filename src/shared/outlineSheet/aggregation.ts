import type { Aggregation } from "../model";
import {
  AGGREGATION_WORDS,
  RATIO_WORDS,
  WEIGHTED_MEAN_WORDS,
  isWord,
  valueForWord,
  wordFor,
} from "./vocabulary";

/**
 * The word written for an aggregation: `tổng`, `trung bình`, …, and `tỷ lệ 3/1` for a ratio
 * (numerator code / denominator code).
 *
 * @example formatAggregation("countYes") === "đếm có"
 * @example formatAggregation({ ratio: { numerator: "3", denominator: "1" } }) === "tỷ lệ 3/1"
 * @example formatAggregation({ weightedMean: { weight: "1" } }) === "bình quân theo 1"
 */
export function formatAggregation(aggregation: Aggregation): string {
  if (typeof aggregation === "object") {
    if ("weightedMean" in aggregation)
      return `${WEIGHTED_MEAN_WORDS.vi} ${aggregation.weightedMean.weight}`;
    const { numerator, denominator } = aggregation.ratio;
    return `${RATIO_WORDS.vi} ${numerator}/${denominator}`;
  }
  return wordFor(AGGREGATION_WORDS, aggregation);
}

/**
 * Reads an aggregation word (Vietnamese or English, any case, with or without diacritics), or a
 * ratio `tỷ lệ 3/1` / `ratio 3 / 1` whose codes keep their case. Blank gives null; anything else
 * gives undefined.
 *
 * @example parseAggregation("Trung binh") === "mean"
 * @example parseAggregation("tỉ lệ 2.a / 1") // { ratio: { numerator: "2.a", denominator: "1" } }
 * @example parseAggregation("bình quân theo 1") // { weightedMean: { weight: "1" } }
 * @example parseAggregation("") === null
 */
export function parseAggregation(text: string): Aggregation | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  const word = valueForWord(AGGREGATION_WORDS, t);
  if (word) return word;
  const lastWord = t.search(/\s\S+$/);
  if (lastWord > 0 && isWord(WEIGHTED_MEAN_WORDS, t.slice(0, lastWord)))
    return { weightedMean: { weight: t.slice(lastWord).trim() } };
  const slash = t.indexOf("/");
  if (slash < 0) return undefined;
  const before = t.slice(0, slash).trim();
  const denominator = t.slice(slash + 1).trim();
  const space = before.search(/\s\S*$/);
  if (space < 0) return undefined;
  const numerator = before.slice(space).trim();
  if (!isWord(RATIO_WORDS, before.slice(0, space)) || !numerator || !denominator) return undefined;
  if (/\s/.test(denominator)) return undefined;
  return { ratio: { numerator, denominator } };
}
