import { unzipSync, zipSync, type Zippable } from "fflate";
import { ZIP_LEVEL } from "./deflatePart";

/**
 * Re-zips an archive with every entry stamped with the same time and in a stable order, so the
 * same content always gives the same bytes (ExcelJS stamps entries with the current time).
 * `[Content_Types].xml` stays first as Office expects; directory entries are dropped.
 *
 * The time is given as an ISO timestamp and written with its UTC fields, so the bytes do not
 * depend on the machine's time zone (zip times carry no zone). Zip cannot hold dates before 1980.
 *
 * @example normalizeZip(bytesFromExcelJS, "2026-11-02T08:00:00Z") // same bytes on every run
 */
export function normalizeZip(zip: Uint8Array, isoTime: string): Uint8Array {
  const entries = unzipSync(zip);
  for (const name of Object.keys(entries)) if (name.endsWith("/")) delete entries[name];
  return zipEntries(entries, isoTime);
}

/**
 * Zips files deterministically: in `archiveOrder`, all stamped with `isoTime` (see
 * `zipTime`), deflated by fflate at level 6 — the one way both .xlsx writers build the archive.
 *
 * @example zipEntries({ "xl/workbook.xml": bytes, "[Content_Types].xml": types }, plan.properties.created)
 */
export function zipEntries(entries: Record<string, Uint8Array>, isoTime: string): Uint8Array {
  const mtime = zipTime(isoTime);
  const out: Zippable = {};
  for (const name of Object.keys(entries).sort(archiveOrder))
    out[name] = [entries[name], { mtime }];
  return zipSync(out, ZIP_LEVEL);
}

/**
 * Archive order: `[Content_Types].xml` first, then by name (UTF-16 code units).
 *
 * @example ["xl/b.xml", "[Content_Types].xml", "_rels/.rels"].sort(archiveOrder)
 *   → ["[Content_Types].xml", "_rels/.rels", "xl/b.xml"]
 */
export function archiveOrder(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function rank(name: string): number {
  return name === "[Content_Types].xml" ? 0 : 1;
}

/**
 * A local-time Date whose fields equal the UTC fields of `iso` (fflate reads local fields), or
 * 1980-01-01 for what zip cannot hold.
 *
 * @example zipTime("2026-11-02T08:00:00Z").getHours() === 8 // in any time zone
 */
export function zipTime(iso: string): Date {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime()) || t.getUTCFullYear() < 1980) return new Date(1980, 0, 1);
  const [y, mo, d, h] = [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours()];
  const local = new Date(y, mo, d, h, t.getUTCMinutes(), t.getUTCSeconds());
  // An hour skipped by a daylight-saving change does not exist locally: take noon instead.
  return local.getHours() === h ? local : new Date(y, mo, d, 12);
}
