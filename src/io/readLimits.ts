import { Inflate } from "fflate";
import type { FileKind } from "./fileKind";
import { entryDataOffset, listZipEntries, type ZipEntry } from "./listZipEntries";
import { WorkbookReadError } from "./workbookReadError";

/** Bounds on what one file may cost to read. Every field is optional; see DEFAULT_READ_LIMITS. */
export interface ReadLimits {
  /** File size in bytes. */
  maxBytes?: number;
  /** Sum of the uncompressed sizes of a zip's entries. */
  maxUncompressedBytes?: number;
  /** A zip expanding more than this many times… */
  maxRatio?: number;
  /** …and to more than this many bytes is treated as a zip bomb. */
  ratioFloorBytes?: number;
  /** Entries in a zip (a workbook has a few dozen). */
  maxEntries?: number;
  /** Cells kept across all sheets of one workbook (empty cells inside a row count). */
  maxCells?: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: Required<ReadLimits> = {
  maxBytes: 20 * MB,
  maxUncompressedBytes: 200 * MB,
  maxRatio: 100,
  ratioFloorBytes: 10 * MB,
  maxEntries: 10_000,
  maxCells: 5_000_000,
};

/** Deflate cannot expand data more than about 1032 times. */
const DEFLATE_MAX_RATIO = 1032;
const CHUNK = 16 * 1024;

/**
 * Checks a file against the limits before any parser sees it, throwing a WorkbookReadError:
 * empty, too large, not a workbook, encrypted, a damaged zip, or a zip bomb — judged from the
 * central directory and, when the claimed sizes could be lies large enough to matter, by
 * inflating the doubtful entries with a cap (a parser would trust the data, not the claim).
 *
 * @example checkReadLimits(bytes, "X.xlsx", detectFileKind(bytes, "X.xlsx"), DEFAULT_READ_LIMITS)
 */
export function checkReadLimits(
  bytes: Uint8Array,
  fileName: string,
  kind: FileKind,
  limits: Required<ReadLimits>,
): void {
  const fail = (reason: ConstructorParameters<typeof WorkbookReadError>[0], detail?: string) => {
    throw new WorkbookReadError(reason, fileName, detail);
  };
  if (bytes.length === 0) fail("empty");
  if (bytes.length > limits.maxBytes)
    fail("tooLarge", `${mb(bytes.length)} > ${mb(limits.maxBytes)}`);
  if (kind === "encrypted") fail("encrypted");
  if (kind === "unknown") fail("notWorkbook");
  if (kind !== "xlsx" && kind !== "ods") return;

  const entries = listZipEntries(bytes);
  if (!entries) return fail("corrupt");
  if (entries.length > limits.maxEntries)
    fail("zipBomb", `${entries.length} > ${limits.maxEntries} entries`);
  if (entries.some((e) => e.flags & 1)) fail("encrypted");
  const claimed = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const packed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  if (claimed > limits.maxUncompressedBytes)
    fail("zipBomb", `${mb(claimed)} > ${mb(limits.maxUncompressedBytes)}`);
  if (claimed > limits.ratioFloorBytes && claimed > limits.maxRatio * Math.max(packed, 1)) {
    fail("zipBomb", `${mb(claimed)}, ×${Math.round(claimed / Math.max(packed, 1))}`);
  }

  // Only entries whose data could inflate beyond their claim can lie; check them only when the
  // worst case of all such lies together would break the budget (never for small files).
  const doubtful = entries.filter(
    (e) => e.method === 8 && e.compressedSize * DEFLATE_MAX_RATIO > e.uncompressedSize,
  );
  const worstExcess = doubtful.reduce(
    (s, e) => s + e.compressedSize * DEFLATE_MAX_RATIO - e.uncompressedSize,
    0,
  );
  if (claimed + worstExcess <= limits.maxUncompressedBytes) return;
  for (const e of doubtful) {
    const actual = inflatedSizeUpTo(bytes, e, e.uncompressedSize);
    if (actual === undefined) fail("corrupt");
    if (actual! > e.uncompressedSize) fail("zipBomb", `'${e.name}' > ${mb(e.uncompressedSize)}`);
  }
}

/**
 * Inflates an entry, discarding the output, and returns its size — or cap + 1 as soon as it
 * exceeds cap, or undefined when the data is not valid deflate.
 */
function inflatedSizeUpTo(bytes: Uint8Array, entry: ZipEntry, cap: number): number | undefined {
  const start = entryDataOffset(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
  });
  try {
    for (let p = 0; p < data.length && size <= cap; p += CHUNK) {
      inflate.push(data.subarray(p, p + CHUNK), p + CHUNK >= data.length);
    }
  } catch {
    return undefined;
  }
  return size > cap ? cap + 1 : size;
}

function mb(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : `${n} B`;
}
