/**
 * Consecutive indexes (rows or columns) holding the same value, as runs, so that each run takes
 * one Office.js call instead of one per row or column. Entries need not be sorted.
 *
 * @example sameValueRuns([[3, 30], [4, 30], [6, 45]]) → [{first:3,last:4,value:30}, {first:6,last:6,value:45}]
 */
export function sameValueRuns(
  entries: Iterable<[number, number]>,
): Array<{ first: number; last: number; value: number }> {
  const runs: Array<{ first: number; last: number; value: number }> = [];
  for (const [index, value] of [...entries].sort((a, b) => a[0] - b[0])) {
    const run = runs[runs.length - 1];
    if (run && run.last === index - 1 && run.value === value) run.last = index;
    else runs.push({ first: index, last: index, value });
  }
  return runs;
}
