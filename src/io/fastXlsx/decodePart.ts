const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The text of an XML part, or undefined when SheetJS would not see the same text: a byte-order
 * mark (SheetJS keeps a UTF-8 one and converts UTF-16) or bytes that are not UTF-8 (SheetJS
 * decodes strings one at a time, after unescaping, so replacement characters could differ).
 *
 * @example decodePart(new TextEncoder().encode("<a>Đạt</a>")) === "<a>Đạt</a>"
 */
export function decodePart(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  const b0 = bytes[0];
  if (b0 === 0xef || b0 === 0xfe || b0 === 0xff) return undefined;
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
