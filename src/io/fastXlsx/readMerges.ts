import { a1Range } from "../../shared/a1/a1";

/**
 * A `<mergeCell>` and its `ref` (ECMA-376 Part 1, §18.3.1.55), wherever the attribute stands: XML
 * gives attribute order no meaning, so a `ref` after another attribute (`xr:uid`, which Excel 365
 * writes on some elements) counts too — SheetJS's pattern only sees a `ref` written first, and
 * drops the merge.
 */
const MERGE_CELL = /<(?:\w+:)?mergeCell\s(?:[^>]*?\s)?ref=["']([A-Z0-9:]+)['"][^>]*>/g;

/**
 * The merged ranges of a worksheet: each `<mergeCell>` of the part after the cells, in file order,
 * in A1 with its corners as written (as sheetToGrid gives them from SheetJS, the oracle).
 *
 * @example readMerges('<mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>') // ["A1:H1"]
 */
export function readMerges(tail: string): string[] {
  const merges: string[] = [];
  for (const [, ref] of tail.matchAll(MERGE_CELL)) {
    const r = decodeRange(ref);
    merges.push(a1Range(r[0], r[1], r[2], r[3]));
  }
  return merges;
}

/** [row1, col1, row2, col2], reading letters then digits, stopping at the first other character. */
function decodeRange(range: string): [number, number, number, number] {
  const len = range.length;
  let i = 0;
  let cc = 0;
  let idx = 0;
  for (; i < len; ++i) {
    if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  const c1 = idx - 1;
  for (idx = 0; i < len; ++i) {
    if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
    idx = 10 * idx + cc;
  }
  const r1 = idx - 1;
  if (i === len || cc !== 10) return [r1, c1, r1, c1];
  ++i;
  for (idx = 0; i !== len; ++i) {
    if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  const c2 = idx - 1;
  for (idx = 0; i !== len; ++i) {
    if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
    idx = 10 * idx + cc;
  }
  return [r1, c1, idx - 1, c2];
}
