import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { checkWorkbookFile, DEFAULT_READ_LIMITS, type CheckedFile } from "../io/readLimits";
import { nodeZipCodec } from "./nodeZipCodec";

/**
 * A unit file read and checked, not yet parsed: its bytes, their SHA-256, its kind and its zip
 * parts inflated and checked against the limits (none for .csv and .xls).
 */
export interface PreparedFile extends CheckedFile {
  bytes: Uint8Array;
  sha256: string;
}

/**
 * The native-heavy half of loading a unit file — read, hash, inflate, check sizes and CRCs —
 * which allocates little on the JavaScript heap, so the helper thread can do it beside the main
 * thread's parsing without the two competing. Throws what loading would throw (a missing file, a
 * WorkbookReadError for a zip bomb…).
 *
 * @example const { sha256, parts } = prepareUnitFile("don-vi/CBCS01.xlsx")
 */
export function prepareUnitFile(path: string): PreparedFile {
  const fileName = basename(path);
  const buffer = readFileSync(path);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const { kind, parts } = checkWorkbookFile(bytes, fileName, DEFAULT_READ_LIMITS, nodeZipCodec);
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), kind, parts };
}
