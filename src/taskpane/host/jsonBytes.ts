/** Where the platform has it, the browser's own UTF-8 encoder counts (≈ 10× the loop below). */
const encoder = typeof TextEncoder === "function" ? new TextEncoder() : undefined;
let scratch = new Uint8Array(0);

/**
 * UTF-8 size of a value's JSON: what a write costs in an Office.js request (Vietnamese letters
 * take 2–3 bytes each).
 *
 * @example jsonBytes([["Hà Nội"]]) === 14
 */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  // JSON.stringify escapes lone surrogates, so encoding and the count below agree.
  if (encoder) {
    if (scratch.length < s.length * 3) scratch = new Uint8Array(s.length * 3 + 1024);
    return encoder.encodeInto(s, scratch).written;
  }
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
