import type { RuleError, RuleReference } from "./ast";

export type Token =
  | { kind: "number"; value: number; pos: number; end: number }
  | ({ kind: "ref"; pos: number; end: number } & RuleReference)
  | { kind: "word"; word: string; pos: number; end: number }
  | { kind: "op"; op: string; pos: number; end: number }
  | { kind: "end"; pos: number; end: number };

const SHEET = /^[A-Za-z0-9_.-]+$/;
const CODE = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;
const COLUMN = /^[A-Za-z0-9_.-]+$/;

/** Typographic signs people paste from documents, read as the ASCII operators. */
const ALIASES: Record<string, string> = { "≤": "<=", "≥": ">=", "≠": "<>", "−": "-", "×": "*" };

/**
 * Splits a rule expression into tokens, or reports the first character it cannot read.
 *
 * @example tokenize("[1.3] <= 50%") // ref 1.3, op <=, number 0.5, end
 */
export function tokenize(
  text: string,
): { ok: true; tokens: Token[] } | { ok: false; error: RuleError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
      const m = /^[0-9]*(\.[0-9]+)?/.exec(text.slice(i))![0];
      i += m.length;
      if (/[0-9A-Za-z_.]/.test(text[i] ?? "")) {
        return fail("Số viết không đúng", "Malformed number", start);
      }
      let value = Number(m);
      if (text[i] === "%") {
        value /= 100;
        i++;
      }
      tokens.push({ kind: "number", value, pos: start, end: i });
    } else if (ch === "[") {
      const close = text.indexOf("]", i);
      if (close < 0)
        return fail("Thiếu dấu ] đóng tham chiếu", "Missing ] closing the reference", start);
      const ref = parseReference(text.slice(i + 1, close));
      if (!ref) {
        return fail(
          "Tham chiếu phải có dạng [1.3], [B2:1.3] hoặc [B2:1.3@2016]",
          "A reference must look like [1.3], [B2:1.3] or [B2:1.3@2016]",
          start,
        );
      }
      i = close + 1;
      tokens.push({ kind: "ref", ...ref, pos: start, end: i });
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))![0];
      i += m.length;
      tokens.push({ kind: "word", word: m.toLowerCase(), pos: start, end: i });
    } else {
      const two = text.slice(i, i + 2);
      const op =
        two === "<=" || two === ">=" || two === "<>"
          ? two
          : (ALIASES[ch] ?? ("+-*/(),=<>".includes(ch) ? ch : undefined));
      if (!op) {
        return fail(`Ký tự không hợp lệ: "${ch}"`, `Unexpected character: "${ch}"`, start);
      }
      i += op.length === 2 && two === op ? 2 : 1;
      tokens.push({ kind: "op", op, pos: start, end: i });
    }
  }
  tokens.push({ kind: "end", pos: text.length, end: text.length });
  return { ok: true, tokens };
}

/** The inside of `[…]`: `code`, `sheet:code`, each optionally followed by `@column`. */
function parseReference(inner: string): RuleReference | undefined {
  const at = inner.split("@");
  if (at.length > 2) return undefined;
  const colon = at[0].split(":");
  if (colon.length > 2) return undefined;
  const code = colon[colon.length - 1].trim();
  const sheet = colon.length === 2 ? colon[0].trim() : undefined;
  const column = at.length === 2 ? at[1].trim() : undefined;
  if (!CODE.test(code)) return undefined;
  if (sheet !== undefined && !SHEET.test(sheet)) return undefined;
  if (column !== undefined && !COLUMN.test(column)) return undefined;
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    code,
    ...(column !== undefined ? { column } : {}),
  };
}

function fail(vi: string, en: string, position: number): { ok: false; error: RuleError } {
  return { ok: false, error: { vi, en, position } };
}
