/**
 * Whitespace that JavaScript's `\s` and trim() see alike whether SheetJS scans bytes (as
 * Latin-1 characters) or we scan decoded characters: ASCII tab, line feed, vertical tab, form
 * feed, carriage return and space.
 *
 * @example isAsciiSpace(" ".charCodeAt(0)) === true; isAsciiSpace(0xa0) === false
 */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
