/**
 * Decodes a text file the way a Vietnamese office PC may have saved it: UTF-8 with or without
 * BOM, UTF-16 with BOM ("Unicode text" from Excel), or — when the bytes are not valid UTF-8 —
 * Windows-1258, the Vietnamese ANSI code page of older Excel "CSV" exports. The BOM is dropped;
 * nothing else is changed (NFD text stays NFD).
 *
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0xa0])) === "Hà"
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1258").decode(bytes);
  }
}
