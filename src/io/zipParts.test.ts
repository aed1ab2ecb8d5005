import { zipSync, type Zippable } from "fflate";
import { deflatePart } from "./deflatePart";
import { archiveOrder } from "./normalizeZip";
import { zipParts, type DeflateAway } from "./zipParts";

const MTIME = new Date(2026, 10, 2, 8, 0, 0);

function sheetXml(rows: number, seed: number): Uint8Array {
  const parts: string[] = ["<sheetData>"];
  for (let r = 1; r <= rows; r++)
    parts.push(`<row r="${r}"><c r="A${r}"><v>${(r * seed) % 9973}</v></c></row>`);
  parts.push("</sheetData>");
  return new TextEncoder().encode(parts.join(""));
}

/** What fflate's zipSync gives for the same parts in archive order: the bytes to match. */
function expectedZip(files: Array<[string, Uint8Array]>): Buffer {
  const z: Zippable = {};
  for (const [name, data] of [...files].sort(([a], [b]) => archiveOrder(a, b)))
    z[name] = [data, { mtime: MTIME }];
  return Buffer.from(zipSync(z, { level: 6 }));
}

/** Parts in the order the writer makes them: worksheets first, [Content_Types].xml late. */
const files: Array<[string, Uint8Array]> = [
  ["xl/worksheets/sheet1.xml", sheetXml(3000, 7)],
  ["xl/worksheets/sheet2.xml", sheetXml(60000, 13)],
  ["xl/worksheets/sheet3.xml", sheetXml(15000, 3)],
  ["[Content_Types].xml", new TextEncoder().encode("<Types/>")],
  ["xl/sharedStrings.xml", sheetXml(100, 5)],
];

/**
 * Deflates on "another thread" (here, on this one), answering when `answer` says, and records what
 * it was given. Which parts it gets depends on when it answers; what zipParts returns must not.
 */
function recordingAway(
  minBytes: number,
  answer: (deflate: () => Uint8Array) => Promise<Uint8Array> = (d) =>
    new Promise((resolve) => setTimeout(() => resolve(d()), 5)),
): DeflateAway & { got: number[] } {
  const got: number[] = [];
  return {
    got,
    minBytes,
    deflate: (data) => {
      got.push(data.length);
      return answer(() => deflatePart(data));
    },
  };
}

/** Answers out of order: on each later turn, the latest question still waiting is answered first. */
function lastFirst(): (d: () => Uint8Array) => Promise<Uint8Array> {
  const held: Array<() => void> = [];
  return (d) =>
    new Promise<Uint8Array>((resolve) => {
      held.push(() => resolve(d()));
      setImmediate(() => held.pop()!());
    });
}

describe("zipParts", () => {
  it("gives zipSync's bytes in archive order when large parts go to fflate's threads", async () => {
    const big: Array<[string, Uint8Array]> = [
      ...files,
      ["xl/worksheets/sheet4.xml", sheetXml(80000, 11)],
    ];
    expect(big.some(([, d]) => d.length > 2 << 20)).toBe(true);
    expect((await zipParts(big, MTIME)).length).toBeGreaterThan(0);
    expect(Buffer.from(await zipParts(big, MTIME)).equals(expectedZip(big))).toBe(true);
  });

  it.each([
    ["at once", (d: () => Uint8Array) => Promise.resolve(d())],
    [
      "on the next turn",
      (d: () => Uint8Array) => new Promise<Uint8Array>((r) => setImmediate(() => r(d()))),
    ],
    [
      "a little later",
      (d: () => Uint8Array) => new Promise<Uint8Array>((r) => setTimeout(() => r(d()), 5)),
    ],
  ])(
    "gives zipSync's bytes when the other thread answers %s, sending it only parts worth it",
    async (_when, answer) => {
      const away = recordingAway(64 << 10, answer);
      const actual = await zipParts(files, MTIME, away);
      expect(Buffer.from(actual).equals(expectedZip(files))).toBe(true);
      // The first large part is sent as soon as it is made, whatever the timing.
      expect(away.got.length).toBeGreaterThan(0);
      expect(Math.min(...away.got)).toBeGreaterThanOrEqual(64 << 10);
    },
  );

  it("gives zipSync's bytes when the other thread holds two parts and answers the later first", async () => {
    const away = { ...recordingAway(64 << 10, lastFirst()), holds: 2 };
    const actual = await zipParts(files, MTIME, away);
    expect(Buffer.from(actual).equals(expectedZip(files))).toBe(true);
    expect(Math.min(...away.got)).toBeGreaterThanOrEqual(64 << 10);
  });

  it("deflates here what the other thread fails to, and sends it nothing more", async () => {
    let calls = 0;
    const failing: DeflateAway = {
      minBytes: 1,
      deflate: () => {
        calls++;
        return Promise.reject(new Error("thread gone"));
      },
    };
    const actual = await zipParts(files, MTIME, failing);
    expect(Buffer.from(actual).equals(expectedZip(files))).toBe(true);
    expect(calls).toBe(1);
  });

  it("shares what is left by size once all is made: the largest here, the rest until even", async () => {
    // Made in one go (the other thread never gets a turn before the end): four parts to share.
    const four: Array<[string, Uint8Array]> = [
      ["xl/worksheets/sheet1.xml", sheetXml(40000, 3)],
      ["xl/worksheets/sheet2.xml", sheetXml(15000, 5)],
      ["xl/worksheets/sheet3.xml", sheetXml(12000, 7)],
      ["xl/worksheets/sheet4.xml", sheetXml(10000, 9)],
    ];
    const away = { ...recordingAway(64 << 10), holds: 0 };
    const sizes = four.map(([, d]) => d.length);
    const actual = await zipParts(four, MTIME, away);
    expect(Buffer.from(actual).equals(expectedZip(four))).toBe(true);
    // Largest here (40,000 rows); the other three there, as they add up to less.
    expect(away.got.sort()).toEqual(sizes.slice(1).sort());
  });

  it("zips small archives on this thread alone, same bytes", async () => {
    const small: Array<[string, Uint8Array]> = [["a.xml", sheetXml(10, 1)]];
    const away = recordingAway(64 << 10);
    expect(Buffer.from(await zipParts(small, MTIME, away)).equals(expectedZip(small))).toBe(true);
    expect(away.got).toEqual([]);
  });
});
