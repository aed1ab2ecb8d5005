import { startsLikeFormula } from "../../shared/text/startsLikeFormula";

const NUMBER_LIKE =
  /^\s*[(+-]?\s*[$€£¥₫]?\s*[\d.,\s]*\d[\d.,\s]*(e[+-]?\d+)?\s*%?\s*\)?\s*[$€£¥₫]?\s*$/i;
const DATE_OR_TIME =
  /^\s*(\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?|\d{1,2}\s*:\s*\d{1,2}(\s*:\s*\d{1,2})?(\s*[ap]m?)?)\s*$/i;
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const MONTH_DATE = new RegExp(
  `^\\s*(\\d{1,2}[\\s/-]*${MONTH}([\\s/-]*\\d{1,4})?|${MONTH}[\\s/-]*\\d{1,4}([\\s,/-]*\\d{1,4})?)\\s*$`,
  "i",
);
const BOOLEAN = /^\s*(true|false)\s*$/i;

/**
 * Whether a text written through `Range.values` could come back as something else, so the cell
 * must be formatted as text ("@") first: Excel reads written strings as if typed, so "=…", "+…",
 * "-…", "@…" become formulas (formula injection), and "1.10" (an indicator code), "0912345678"
 * (a phone number), "5/5/2021", "TRUE" or "Mar-21" become numbers, dates or booleans.
 *
 * @example needsTextFormat("=HYPERLINK(\"http://x\")") === true
 * @example needsTextFormat("1.10") === true
 * @example needsTextFormat("Đảng bộ Khối") === false
 */
export function needsTextFormat(text: string): boolean {
  if (text === "") return false;
  return (
    startsLikeFormula(text) ||
    text.startsWith("'") ||
    NUMBER_LIKE.test(text) ||
    DATE_OR_TIME.test(text) ||
    MONTH_DATE.test(text) ||
    BOOLEAN.test(text)
  );
}
