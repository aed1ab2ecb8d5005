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
 * archive order — deflating large parts on another thread while this one makes the next part,
 * then sharing what is left: the other thread takes the largest waiting part whenever it is
 * free, this one the smallest. A consolidated appendix of 1,000 units is ≈ 10 MB of XML, half
 * of it one sheet. If the other thread fails, its parts are deflated here.
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
  let awayBusy = false;
  const sendAway = ({ name, data }: Waiting) => {
    const entry = entryOf(name, data);
    entries.push(entry);
    awayBusy = true;
    const job = away.deflate(data).then(
      (deflated) => {
        entry.deflated = deflated;
        awayBusy = false;
      },
      // A failed thread takes no more work; what it held is done here.
      () => {
        entry.deflated = deflatePart(data);
        away = { ...away, minBytes: Infinity };
        awayBusy = false;
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
    if (awayBusy || waiting.length === 0) return;
    const largest = waiting.reduce((a, b) => (b.data.length > a.data.length ? b : a));
    if (largest.data.length < away.minBytes) return;
    waiting.splice(waiting.indexOf(largest), 1);
    sendAway(largest);
  };
  // Making the parts: each large one goes away as soon as the other thread is free.
  for (const [name, data] of parts) {
    waiting.push({ name, data });
    giveAway();
    await nextTurn();
  }
  // What is left: the largest to the other thread when free, the smallest here.
  while (waiting.length > 0) {
    giveAway();
    if (waiting.length === 0) break;
    const smallest = waiting.reduce((a, b) => (b.data.length < a.data.length ? b : a));
    waiting.splice(waiting.indexOf(smallest), 1);
    deflateHere(smallest);
    await nextTurn();
  }
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
