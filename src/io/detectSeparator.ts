export type CsvSeparator = "," | ";" | "\t";

const CANDIDATES: CsvSeparator[] = [";", ",", "\t"];

/**
 * Guesses a CSV file's field separator from its first lines: the candidate found outside quotes
 * on the most lines with the same count as on the first line (Excel with Vietnamese regional
 * settings writes ";", since "," is the decimal mark). Ties go to ";", then ",", then tab.
 *
 * @example detectSeparator('Mã;Tên\n1;"Hà Nội, Việt Nam"') === ";"
 */
export function detectSeparator(text: string): CsvSeparator {
  const lines = splitLines(text, 20);
  let best: CsvSeparator = ",";
  let bestScore = -1;
  for (const sep of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, sep));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const score = counts.filter((n) => n === first).length * 1000 + first;
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/** The first `max` logical lines (a quoted field may span lines). */
function splitLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) {
      lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < max && start < text.length) lines.push(text.slice(start));
  return lines.filter((l) => l.trim() !== "");
}

function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}
