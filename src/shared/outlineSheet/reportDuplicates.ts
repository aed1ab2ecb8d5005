import type { SourceLocation } from "./problem";
import type { ProblemSink } from "./problemSink";

/**
 * Reports every repeat of a value after its first occurrence. Blank and non-text values are
 * left to the schema.
 *
 * @example reportDuplicates(["a", "b", "a"], (j) => where[j], sink, { vi: "trùng mã", en: "duplicate id" })
 *   // one problem at where[2]: "trùng mã: a"
 */
export function reportDuplicates(
  values: readonly unknown[],
  where: (index: number) => SourceLocation,
  sink: ProblemSink,
  what: { vi: string; en: string },
): void {
  const seen = new Set<string>();
  values.forEach((v, j) => {
    if (typeof v !== "string" || v === "") return;
    if (seen.has(v)) sink.add(where(j), `${what.vi}: ${v}`, `${what.en}: ${v}`);
    seen.add(v);
  });
}
