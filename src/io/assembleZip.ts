import { ZIP_SIGNATURE } from "./zipSignatures";

/** One archive member, already deflated (raw deflate, as zip stores it). */
export interface DeflatedEntry {
  name: string;
  /** CRC-32 of the uncompressed bytes. */
  crc: number;
  size: number;
  deflated: Uint8Array;
}

const { local: LOCAL, central: CENTRAL, end: END } = ZIP_SIGNATURE;
const DEFLATE = 8;
const VERSION = 20;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x800;

/**
 * Lays deflated entries out as a zip archive, byte for byte as fflate's `zipSync` does for the
 * same entries (no extra fields, no comments, DOS time from the local fields of `mtime`), so the
 * compression can run elsewhere (another thread) and the file stays identical.
 *
 * @example assembleZip([{ name: "a.txt", crc: crc32(data), size: data.length, deflated: deflateSync(data) }], mtime)
 */
export function assembleZip(entries: DeflatedEntry[], mtime: Date): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const time = dosTime(mtime);
  let localBytes = 0;
  let centralBytes = 0;
  entries.forEach((e, i) => {
    localBytes += 30 + names[i].length + e.deflated.length;
    centralBytes += 46 + names[i].length;
  });
  const out = new Uint8Array(localBytes + centralBytes + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    at = writeCommon(view, at + 4, e, names[i], time);
    out.set(names[i], at);
    at += names[i].length;
    out.set(e.deflated, at);
    at += e.deflated.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint8(at + 4, VERSION); // made by: version 2.0, MS-DOS attributes
    at = writeCommon(view, at + 6, e, names[i], time);
    // comment length, disk, internal and external attributes: all 0
    view.setUint32(at + 10, offsets[i], true);
    at += 14;
    out.set(names[i], at);
    at += names[i].length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/** The fields local and central headers share, from "version needed" to "extra length". */
function writeCommon(
  view: DataView,
  at: number,
  e: DeflatedEntry,
  name: Uint8Array,
  time: number,
): number {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, name.length !== e.name.length ? UTF8_NAME : 0, true);
  view.setUint16(at + 4, DEFLATE, true);
  view.setUint32(at + 6, time, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.deflated.length, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, name.length, true);
  return at + 26;
}

function dosTime(d: Date): number {
  return (
    (((d.getFullYear() - 1980) << 25) |
      ((d.getMonth() + 1) << 21) |
      (d.getDate() << 16) |
      (d.getHours() << 11) |
      (d.getMinutes() << 5) |
      (d.getSeconds() >> 1)) >>>
    0
  );
}
