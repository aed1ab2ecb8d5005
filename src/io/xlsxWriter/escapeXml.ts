/** What needs escaping or dropping: markup characters and the control characters XML 1.0 forbids. */
/* eslint-disable no-control-regex -- matching those control characters is the point */
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
const SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
/* eslint-enable no-control-regex */

const ENTITY: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};

/**
 * Text or attribute value as ExcelJS 4.4 writes it (its `xmlEncode`): the five markup characters
 * become entities, and control characters other than tab, line feed and carriage return are
 * dropped (XML 1.0 cannot carry them). Most strings need nothing, so a test comes first.
 *
 * @example escapeXml('Tom & "Jerry"\u0001') === "Tom &amp; &quot;Jerry&quot;"
 */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? "") : text;
}
