/**
 * UTF-8 size of a value's JSON: what a write costs in an Office.js request (Vietnamese letters
 * take 2–3 bytes each).
 *
 * @example jsonBytes([["Hà Nội"]]) === 14
 */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
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
