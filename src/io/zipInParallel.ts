import { deflate } from "fflate";
import { crc32 } from "node:zlib";
import { assembleZip, type DeflatedEntry } from "./assembleZip";
import { deflatePart, ZIP_LEVEL } from "./deflatePart";

/** Below this, starting a thread (≈ 25 ms) costs more than it saves (level 6 ≈ 26 ms per MB). */
const PARALLEL_FROM_BYTES = 4 << 20;
/** fflate starts one thread per call: at most this many beside the main one. */
const MAX_THREAD_JOBS = 2;

/** Deflates a part as `deflatePart` does, on another thread. */
export type DeflateElsewhere = (data: Uint8Array) => Promise<Uint8Array>;

/**
 * Zips files (in the given order) with fflate at level 6 — the same bytes as `zipSync` — but
 * deflates the largest parts on another thread while this one deflates the rest: a consolidated
 * appendix of 1,000 units is ≈ 10 MB of XML, half of it in one sheet.
 *
 * @example await zipInParallel([["[Content_Types].xml", types], ["xl/workbook.xml", wb]], mtime)
 */
export async function zipInParallel(
  files: Array<[name: string, data: Uint8Array]>,
  mtime: Date,
  elsewhere: DeflateElsewhere = deflateOnNewThread,
): Promise<Uint8Array> {
  const total = files.reduce((n, [, d]) => n + d.length, 0);
  const away = new Set<number>();
  if (total >= PARALLEL_FROM_BYTES) {
    const bySize = files.map((_, i) => i).sort((a, b) => files[b][1].length - files[a][1].length);
    let share = 0;
    for (const i of bySize) {
      if (away.size === MAX_THREAD_JOBS || share + files[i][1].length > total * 0.55) break;
      away.add(i);
      share += files[i][1].length;
    }
  }
  const jobs = new Map<number, Promise<Uint8Array>>();
  // A thread that fails leaves its part to this one.
  for (const i of away)
    jobs.set(
      i,
      elsewhere(files[i][1]).catch(() => deflatePart(files[i][1])),
    );
  const deflated: Uint8Array[] = files.map(([, data], i) =>
    away.has(i) ? new Uint8Array(0) : deflatePart(data),
  );
  for (const [i, job] of jobs) deflated[i] = await job;
  const entries: DeflatedEntry[] = files.map(([name, data], i) => ({
    name,
    crc: crc32(data) >>> 0,
    size: data.length,
    deflated: deflated[i],
  }));
  return assembleZip(entries, mtime);
}

/** fflate's own: a new thread per call. */
function deflateOnNewThread(data: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    deflate(data, ZIP_LEVEL, (err, out) => (err ? reject(err) : resolve(out))),
  );
}
