import { unzipSync } from "fflate";
import { kindByName } from "./fileExtensions";
import { entryDataOffset, listZipEntries, type ZipEntry } from "./listZipEntries";

export type FileKind = "xlsx" | "xls" | "ods" | "csv" | "encrypted" | "unknown";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What a file really is, by its bytes first and its name last (units rename files freely):
 *
 * - a zip holding `xl/workbook.xml` (or `.bin`) → "xlsx" (also .xlsm, .xlsb);
 *   a zip whose `mimetype` entry or manifest says spreadsheet → "ods" ("encrypted" when its
 *   manifest lists encryption data); any other zip (.docx…) → "unknown";
 * - an OLE compound file with an `EncryptionInfo` stream (a password-protected .xlsx) → "encrypted";
 *   with a `Workbook`/`Book` stream → "xls"; Word/PowerPoint → "unknown"; one whose directory
 *   cannot be seen (truncated) → by its name;
 * - HTML or XML-2003 text that Excel opens as a workbook (many web apps export these as .xls) → "xls";
 * - other text named .csv/.tsv/.txt → "csv".
 *
 * @example detectFileKind(bytesOf("Báo cáo.xls"), "Báo cáo.xls") // "xlsx" when it is really a zip
 */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const entries = listZipEntries(bytes);
    // A damaged zip is still a zip: the caller reports it as corrupt, not as "not a workbook".
    return entries ? zipKind(bytes, entries) : guessZipKindByName(fileName);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    if (hasUtf16Name(bytes, "EncryptionInfo")) return "encrypted";
    if (hasUtf16Name(bytes, "Workbook") || hasUtf16Name(bytes, "Book")) return "xls";
    if (hasUtf16Name(bytes, "WordDocument") || hasUtf16Name(bytes, "PowerPoint Document"))
      return "unknown";
    // The directory may be cut off: a damaged .xls is still reported as damaged.
    return kindByName(fileName) === "xls" ? "xls" : "unknown";
  }
  if (looksLikeBinary(bytes)) return "unknown";
  if (looksLikeMarkupWorkbook(bytes)) return "xls";
  return kindByName(fileName) === "csv" ? "csv" : "unknown";
}

function zipKind(bytes: Uint8Array, entries: ZipEntry[]): FileKind {
  // Part names compare case-insensitively (ECMA-376 Part 2); listZipEntries gave "/" for "\\".
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (names.has("xl/workbook.xml") || names.has("xl/workbook.bin")) return "xlsx";
  const mimetype = entries.find((e) => e.name === "mimetype" && e.method === 0);
  if (mimetype) {
    const start = entryDataOffset(bytes, mimetype);
    const text = new TextDecoder().decode(bytes.subarray(start, start + mimetype.compressedSize));
    if (!text.includes("opendocument.spreadsheet")) return "unknown";
  } else if (!names.has("content.xml")) return "unknown";
  return odsIsEncrypted(bytes) ? "encrypted" : "ods";
}

/** Encrypted ODS keeps a readable manifest that lists the encryption of each part. */
function odsIsEncrypted(bytes: Uint8Array): boolean {
  try {
    const manifest = unzipSync(bytes, { filter: (f) => f.name === "META-INF/manifest.xml" })[
      "META-INF/manifest.xml"
    ];
    return manifest !== undefined && new TextDecoder().decode(manifest).includes("encryption-data");
  } catch {
    return false;
  }
}

/** A zip named as a workbook: .ods is ODS, any Excel name an .xlsx (a zip named .xls was renamed). */
function guessZipKindByName(fileName: string): FileKind {
  const kind = kindByName(fileName);
  if (kind === "ods") return "ods";
  return kind === "xlsx" || kind === "xls" ? "xlsx" : "unknown";
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** OLE directory entries hold stream names in UTF-16LE, NUL-terminated. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array((name.length + 1) * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  return indexOf(bytes, pattern) >= 0;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (
    let i = haystack.indexOf(first);
    i >= 0 && i <= last;
    i = haystack.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** NUL bytes in the first 4 KB mean binary — except in UTF-16 text, which starts with a BOM. */
function looksLikeBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const head = bytes.subarray(0, 4096);
  return head.includes(0) || startsWith(bytes, [0x25, 0x50, 0x44, 0x46]); // "%PDF"
}

function looksLikeMarkupWorkbook(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 65536)).trimStart().toLowerCase();
  if (!head.startsWith("<")) return false;
  return head.includes("<table") || head.includes("urn:schemas-microsoft-com:office:spreadsheet");
}
