import * as zlib from "node:zlib";
import { nodeCrc32 } from "../io/nodeCrc32";
import type { ZipCodec } from "../io/zipCodec";

/**
 * Node's native zlib for reading unit files in the CLI: inflating a thousand workbooks takes
 * ≈ 75 ms instead of ≈ 280 ms with fflate (measured on the bench's files).
 */
export const nodeZipCodec: ZipCodec = {
  inflateRaw(data, cap) {
    try {
      return zlib.inflateRawSync(data, { maxOutputLength: cap + 1 });
    } catch (err) {
      // More than cap + 1 bytes: report "more than cap" as the portable codec does.
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        return new Uint8Array(cap + 1);
      throw err;
    }
  },
  crc32: nodeCrc32,
};
