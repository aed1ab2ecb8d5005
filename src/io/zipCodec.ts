import { inflateSync } from "fflate";
import { crc32 } from "./crc32";

/**
 * The two zip primitives reading needs. The portable one (fflate, browser-safe) serves the task
 * pane; the CLI passes Node's native zlib, ≈ 4× faster on the same bytes (see cli/nodeZipCodec).
 */
export interface ZipCodec {
  /**
   * Inflates raw deflate data into at most `cap + 1` bytes: a result of `cap + 1` bytes means
   * "more than cap" (the entry lies about its size; inflation stops, so a lie costs nothing).
   * Throws on data that is not valid deflate.
   */
  inflateRaw(data: Uint8Array, cap: number): Uint8Array;
  /** CRC-32 as zip stores it, unsigned. */
  crc32(data: Uint8Array): number;
}

/**
 * fflate and our table CRC: runs anywhere.
 *
 * @example portableZipCodec.inflateRaw(deflateSync(bytes), bytes.length) // equals bytes
 */
export const portableZipCodec: ZipCodec = {
  inflateRaw: (data, cap) => inflateSync(data, { out: new Uint8Array(cap + 1) }),
  crc32: (data) => crc32(data),
};
