import * as zlib from "node:zlib";
import { crc32 as tableCrc32 } from "./crc32";

/**
 * CRC-32 as zip stores it, unsigned, for Node code (the CLI's reading and writing): zlib's native
 * one where Node has it (from 20.15; we support Node 20 from 20.0), else our table CRC.
 *
 * @example nodeCrc32(new TextEncoder().encode("123456789")) === 0xcbf43926
 */
export const nodeCrc32: (data: Uint8Array) => number =
  typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) >>> 0 : tableCrc32;
