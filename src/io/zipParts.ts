import { deflate } from "fflate";
import { assembleZip, type DeflatedEntry } from "./assembleZip";
import { deflatePart, ZIP_LEVEL } from "./deflatePart";
import { nodeCrc32 } from "./nodeCrc32";
import { archiveOrder } from "./normalizeZip";

/** Another thread that deflates parts as `deflatePart` does. */
export interface DeflateAway {
  deflate(data: Uint8Array): Promise<Uint8Array>;
  /** Parts smaller than this are not worth sending there. */
  minBytes: number;
  /**
   * Parts it may be given at once (1 when absent): a second one waiting there keeps it busy
   * while this thread is making a large part and cannot hand it more.
   */
  holds?: number;
}

/**
 * fflate's own threads: one started per part (≈ 25 ms), so only for parts that take longer
 * than that to deflate (level 6 ≈ 26 ms per MB).
 */
export const FFLATE_THREAD: DeflateAway = {
  deflate: (data) =>
    new Promise((resolve, reject) =>
      deflate(data, ZIP_LEVEL, (err, out) => (err ? reject(err) : resolve(out))),
    ),
  minBytes: 2 << 20,
};

interface Waiting {
  name: string;
  data: Uint8Array;
}

/**
 * Zips parts as they are made — the same bytes as fflate's `zipSync` at level 6 of the parts in
 * archive order — deflating parts on another thread while this one makes the next, then sharing
 * what is left. While parts are being made, the other thread is given the smallest waiting part
 * whenever it has room; once all are made, this thread keeps the largest (a consolidated appendix
 * of 1,000 units is ≈ 10 MB of XML, half of it one sheet, and this thread deflates ≈ 15% faster
 * than a helper that must be sent the bytes) and the rest is shared by size. If the other thread
 * fails, its parts are deflated here.
 *
 * @example await zipParts(xlsxParts(plan), zipTime(plan.properties.created), FFLATE_THREAD)
 */
export async function zipParts(
  parts: Iterable<[name: string, data: Uint8Array]>,
  mtime: Date,
  away: DeflateAway = FFLATE_THREAD,
): Promise<Uint8Array> {
  const entries: DeflatedEntry[] = [];
  const waiting: Waiting[] = [];
  const sent: Array<Promise<void>> = [];
  let awayHolds = 0;
  let awayBytes = 0;
  let minBytes = away.minBytes;
  const sendAway = ({ name, data }: Waiting) => {
    const entry = entryOf(name, data);
    entries.push(entry);
    awayHolds++;
    awayBytes += data.length;
    const job = away.deflate(data).then(
      (deflated) => {
        entry.deflated = deflated;
        awayHolds--;
        awayBytes -= data.length;
      },
      // A failed thread takes no more work; what it held is done here.
      () => {
        entry.deflated = deflatePart(data);
        minBytes = Infinity;
        awayHolds--;
        awayBytes -= data.length;
      },
    );
    sent.push(job);
  };
  const deflateHere = ({ name, data }: Waiting) => {
    const entry = entryOf(name, data);
    entry.deflated = deflatePart(data);
    entries.push(entry);
  };
  const giveAway = () => {
    while (awayHolds < (away.holds ?? 1)) {
      let smallest: Waiting | undefined;
      for (const w of waiting)
        if (w.data.length >= minBytes && (!smallest || w.data.length < smallest.data.length))
          smallest = w;
      if (!smallest) return;
      waiting.splice(waiting.indexOf(smallest), 1);
      sendAway(smallest);
    }
  };
  // Making the parts: the other thread takes what it has room for.
  for (const [name, data] of parts) {
    waiting.push({ name, data });
    giveAway();
    await nextTurn();
  }
  // What is left, largest first, each part to whichever thread then has fewer bytes to deflate
  // (the other counting what it still holds): handed out at once, since this thread cannot
  // answer the other while it deflates.
  waiting.sort((a, b) => b.data.length - a.data.length);
  let here = 0;
  let there = awayBytes;
  const keep: Waiting[] = [];
  for (const part of waiting) {
    if (part.data.length >= minBytes && there < here) {
      sendAway(part);
      there += part.data.length;
    } else {
      keep.push(part);
      here += part.data.length;
    }
  }
  for (const part of keep) deflateHere(part);
  await Promise.all(sent);
  entries.sort((a, b) => archiveOrder(a.name, b.name));
  return assembleZip(entries, mtime);
}

function entryOf(name: string, data: Uint8Array): DeflatedEntry {
  return { name, crc: nodeCrc32(data), size: data.length, deflated: new Uint8Array(0) };
}

/** Lets the other thread's answers in between two pieces of work on this one. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
