import { deflateSync } from "fflate";

/** fflate's level 6: what `zipSync` uses, so parts deflated apart still give its bytes. */
export const ZIP_LEVEL = { level: 6 } as const;

/**
 * Deflates one part of an archive exactly as fflate's `zipSync` would, on whichever thread
 * calls it (the CLI's helper thread calls it too).
 *
 * @example deflatePart(new TextEncoder().encode("<sheetData/>")) // raw deflate bytes
 */
export function deflatePart(data: Uint8Array): Uint8Array {
  return deflateSync(data, ZIP_LEVEL);
}
