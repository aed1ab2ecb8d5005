import { countCellTags } from "./countCellTags";
import { detectFileKind, type FileKind } from "./fileKind";
import { entryDataOffset, listZipEntries, type ZipEntry } from "./listZipEntries";
import { WorkbookReadError } from "./workbookReadError";
import { portableZipCodec, type ZipCodec } from "./zipCodec";

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

/**
 * Checks a file against the limits before any parser sees it, throwing a WorkbookReadError:
 * empty, too large, not a workbook, encrypted, a damaged zip, or a zip bomb — judged from the
 * central directory and, when the claimed sizes could be lies large enough to matter, by
 * inflating the doubtful entries with a cap (a parser would trust the data, not the claim).
 * Then every entry is inflated once, capped at its claimed size, and must match its claimed
 * size and CRC-32 (a damaged entry is "corrupt", never a silently empty sheet); the cells of the
 * worksheets are counted on the way ("tooManyCells" before any parsing).
 *
 * Returns the inflated entries of a zip by name (checked, so a reader need not inflate again);
 * an empty map for other kinds.
 *
 * @example checkReadLimits(bytes, "X.xlsx", detectFileKind(bytes, "X.xlsx"), DEFAULT_READ_LIMITS)
 */
export function checkReadLimits(
  bytes: Uint8Array,
  fileName: string,
  kind: FileKind,
  limits: Required<ReadLimits>,
  codec: ZipCodec = portableZipCodec,
): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const fail = (
    reason: ConstructorParameters<typeof WorkbookReadError>[0],
    detail?: string,
  ): never => {
    throw new WorkbookReadError(reason, fileName, detail);
  };
  if (bytes.length === 0) fail("empty");
  if (bytes.length > limits.maxBytes)
    fail("tooLarge", `${mb(bytes.length)} > ${mb(limits.maxBytes)}`);
  if (kind === "encrypted") fail("encrypted");
  if (kind === "unknown") fail("notWorkbook");
  if (kind !== "xlsx" && kind !== "ods") return parts;

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
  if (claimed + worstExcess > limits.maxUncompressedBytes) {
    for (const e of doubtful) {
      const actual = inflatedUpTo(bytes, e, e.uncompressedSize, codec)?.size;
      if (actual === undefined) fail("corrupt");
      if (actual! > e.uncompressedSize) fail("zipBomb", `'${e.name}' > ${mb(e.uncompressedSize)}`);
    }
  }
  // The parser does not check CRCs: damaged deflate data would come out as a silently empty or
  // garbled sheet. Every entry must inflate to its claimed size and checksum (capped, streamed).
  // The cells are counted here too, so that a sheet of millions of cells is refused before the
  // parser spends seconds and a gigabyte on it (measured: 6 M cells, 19 MB zipped → 11 s, 1 GB).
  // A counted cell tag takes at least 3 bytes ("<c "), so parts that small cannot hold too many
  // cells: the count is skipped then (measured: ≈ 45 ms per thousand ordinary workbooks).
  const sheetBytes = entries.reduce(
    (s, e) => s + (isSheetPart(e.name, kind) ? e.uncompressedSize : 0),
    0,
  );
  const mustCount = sheetBytes / 3 > limits.maxCells;
  let cells = 0;
  for (const e of entries) {
    const actual = inflatedUpTo(bytes, e, e.uncompressedSize, codec);
    if (actual && actual.size > e.uncompressedSize)
      fail("zipBomb", `'${e.name}' > ${mb(e.uncompressedSize)}`);
    if (!actual || actual.size !== e.uncompressedSize || actual.crc !== e.crc32)
      fail("corrupt", `'${e.name}'`);
    if (mustCount && isSheetPart(e.name, kind)) cells += countCellTags(actual!.data, kind);
    if (cells > limits.maxCells) fail("tooManyCells", `> ${limits.maxCells}`);
    parts.set(e.name, actual!.data);
  }
  return parts;
}

/** A file's kind and its zip parts, checked: what reading needs before any parsing. */
export interface CheckedFile {
  kind: FileKind;
  parts: Map<string, Uint8Array>;
}

/**
 * Tells the file's kind by its content and checks it against the limits (see checkReadLimits):
 * the first step of readWorkbook, which the CLI's helper thread also takes on its own.
 *
 * @example checkWorkbookFile(bytes, "X.xlsx", DEFAULT_READ_LIMITS).kind === "xlsx"
 */
export function checkWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  limits: Required<ReadLimits>,
  codec?: ZipCodec,
): CheckedFile {
  const kind = detectFileKind(bytes, fileName);
  return { kind, parts: checkReadLimits(bytes, fileName, kind, limits, codec) };
}

/** The parts holding cells: xlsx worksheets, the ods content. */
function isSheetPart(name: string, kind: "xlsx" | "ods"): boolean {
  // Part names are case-insensitive (ECMA-376 Part 2): "XL/Worksheets/Sheet1.xml" is counted too.
  return kind === "xlsx" ? /^xl\/worksheets\/[^/]+\.xml$/i.test(name) : name === "content.xml";
}

/**
 * Inflates (or reads, when stored) an entry into a buffer of cap + 1 bytes and returns the size,
 * CRC-32 and bytes of what came out — a size of cap + 1 means "more than cap" (inflation stops when the
 * buffer is full, so a lie costs nothing); undefined when the data is not valid deflate or uses
 * a method workbooks never use. Callers keep cap within the uncompressed budget.
 */
function inflatedUpTo(
  bytes: Uint8Array,
  entry: ZipEntry,
  cap: number,
  codec: ZipCodec,
): { size: number; crc: number; data: Uint8Array } | undefined {
  const start = entryDataOffset(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return { size: data.length, crc: codec.crc32(data), data };
  if (entry.method !== 8) return undefined;
  try {
    const out = codec.inflateRaw(data, cap);
    return { size: out.length, crc: out.length > cap ? 0 : codec.crc32(out), data: out };
  } catch {
    return undefined;
  }
}

function mb(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : `${n} B`;
}
