/**
 * SheetJS's unescaping, reproduced to the letter because readers must agree on every string:
 * the five named entities and numeric references, matched case-insensitively (an unknown
 * spelling such as "&AMP;" becomes "\u0000", as there), then Excel's `_xHHHH_` escapes.
 */
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Readonly<Record<string, string>> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};

/**
 * Unescapes XML text as SheetJS does; with `cellText`, CRLF also becomes LF (as SheetJS does for
 * cell texts and formulas, not for names). Never sees CDATA: the reader declines parts with "<!".
 *
 * @example unescapeXml("a &amp; b_x000D_") === "a & b\r"
 */
export function unescapeXml(text: string, cellText = false): string {
  let out = text;
  if (out.indexOf("&") !== -1) {
    out = out.replace(
      ENTITY,
      (entity: string, code: string | undefined) =>
        NAMED[entity] ||
        String.fromCharCode(parseInt(code as string, entity.indexOf("x") > -1 ? 16 : 10)) ||
        entity,
    );
  }
  if (out.indexOf("_") !== -1) {
    out = out.replace(EXCEL_ESCAPE, (_m: string, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
  return cellText && out.indexOf("\r\n") !== -1 ? out.replace(/\r\n/g, "\n") : out;
}
