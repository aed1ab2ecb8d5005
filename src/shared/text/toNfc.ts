/**
 * Composes text to Unicode NFC, the form Vietnamese text is compared and stored in.
 * Text typed on macOS or pasted from some PDFs arrives decomposed (NFD): "ộ" as o + ̂ + ̣.
 *
 * @example toNfc("Ho\u0302\u0323i") === "Hội"
 */
export function toNfc(s: string): string {
  return typeof s === "string" ? s.normalize("NFC") : "";
}
