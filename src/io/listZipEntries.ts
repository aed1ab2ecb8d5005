import { ZIP_SIGNATURE } from "./zipSignatures";

/** One entry of a zip's central directory, as the archive claims it. */
export interface ZipEntry {
  /**
   * The entry's name with backslashes turned into slashes: some Windows tools write
   * "xl\\workbook.xml", which the zip format forbids (APPNOTE 4.4.17.1: "all slashes MUST be
   * forward slashes") but Excel opens. Every check and reader sees the same name.
   */
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  /** General-purpose flags; bit 0 = encrypted entry. */
  flags: number;
  /** CRC-32 of the uncompressed data, as the directory claims it. */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const {
  end: EOCD,
  zip64Locator: ZIP64_LOCATOR,
  zip64End: ZIP64_EOCD,
  central: CENTRAL,
  local: LOCAL,
} = ZIP_SIGNATURE;
const MAX_COMMENT = 0xffff;

/**
 * Reads a zip's central directory without inflating anything, so sizes and entry names can be
 * checked before the bytes reach a parser. Returns undefined for anything that is not a complete
 * zip (missing end record, directory out of bounds, entries pointing outside the file) — which
 * is what a truncated download looks like. ZIP64 records are followed.
 *
 * @example listZipEntries(xlsxBytes)?.map((e) => e.name) // ["[Content_Types].xml", "xl/workbook.xml", …]
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return undefined;
  let count = view.getUint16(end + 10, true);
  let dirSize = view.getUint32(end + 12, true);
  let dirOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const z64 = zip64End(view, end);
    if (!z64) return undefined;
    ({ count, dirSize, dirOffset } = z64);
  }
  if (dirOffset + dirSize > end) return undefined;

  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) return undefined;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc32 = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let offset = view.getUint32(p + 42, true);
    const nameEnd = p + 46 + nameLength;
    if (nameEnd + extraLength > end) return undefined;
    const name = decoder.decode(bytes.subarray(p + 46, nameEnd)).replace(/\\/g, "/");
    // ZIP64 extra field: the 64-bit values appear only for fields saturated at 0xFFFFFFFF.
    let q = nameEnd;
    while (q + 4 <= nameEnd + extraLength) {
      const id = view.getUint16(q, true);
      const size = view.getUint16(q + 2, true);
      if (id === 0x0001) {
        let r = q + 4;
        const take = () => {
          const v = r + 8 <= q + 4 + size ? readUint64(view, r) : undefined;
          r += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = take() ?? NaN;
        if (compressedSize === 0xffffffff) compressedSize = take() ?? NaN;
        if (offset === 0xffffffff) offset = take() ?? NaN;
      }
      q += 4 + size;
    }
    if (![compressedSize, uncompressedSize, offset].every(Number.isFinite)) return undefined;
    if (offset + 30 > dirOffset || view.getUint32(offset, true) !== LOCAL) return undefined;
    if (offset + 30 + compressedSize > dirOffset) return undefined;
    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, offset });
    p = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** Where the data of an entry starts (after its local header, whose lengths may differ). */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (
    entry.offset +
    30 +
    view.getUint16(entry.offset + 26, true) +
    view.getUint16(entry.offset + 28, true)
  );
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (
      view.getUint32(p, true) === EOCD &&
      p + 22 + view.getUint16(p + 20, true) <= view.byteLength
    )
      return p;
  }
  return -1;
}

function zip64End(
  view: DataView,
  end: number,
): { count: number; dirSize: number; dirOffset: number } | undefined {
  const loc = end - 20;
  if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR) return undefined;
  const rec = readUint64(view, loc + 8);
  if (rec + 56 > loc || view.getUint32(rec, true) !== ZIP64_EOCD) return undefined;
  return {
    count: readUint64(view, rec + 32),
    dirSize: readUint64(view, rec + 40),
    dirOffset: readUint64(view, rec + 48),
  };
}

/** Little-endian 64-bit unsigned as a JS number (exact below 2^53, far beyond any limit we use). */
function readUint64(view: DataView, p: number): number {
  return view.getUint32(p, true) + view.getUint32(p + 4, true) * 0x100000000;
}
