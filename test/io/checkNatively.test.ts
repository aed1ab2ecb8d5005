import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { strToU8, unzipSync, zipSync } from "fflate";
import { canInflateNatively, inflateNatively } from "../../src/io/inflateNatively";
import {
  checkWorkbookFile,
  checkWorkbookFileNatively,
  DEFAULT_READ_LIMITS,
  type CheckedFile,
  type ReadLimits,
} from "../../src/io/readLimits";
import { FIXTURES } from "./helpers";

const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const deflateRaw = (bytes: Uint8Array) => new Uint8Array(deflateRawSync(bytes));

/** Sets a 32-bit field of every central-directory entry. */
function setCentral(zip: Uint8Array, field: number, value: (old: number) => number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let p = 0; p + 4 <= out.length; p++)
    if (view.getUint32(p, true) === 0x02014b50)
      view.setUint32(p + field, value(view.getUint32(p + field, true)), true);
  return out;
}

type Outcome = { error: { reason: string; message: string } } | { kind: string; parts: object };
function outcome(check: () => CheckedFile): Outcome {
  try {
    const { kind, parts } = check();
    return { kind, parts: Object.fromEntries(parts) };
  } catch (err) {
    const e = err as { reason: string; message: string };
    return { error: { reason: e.reason, message: e.message } };
  }
}
async function outcomeAsync(check: () => Promise<CheckedFile>): Promise<Outcome> {
  try {
    const { kind, parts } = await check();
    return { kind, parts: Object.fromEntries(parts) };
  } catch (err) {
    const e = err as { reason: string; message: string };
    return { error: { reason: e.reason, message: e.message } };
  }
}

async function expectSameVerdict(bytes: Uint8Array, name: string, given?: ReadLimits) {
  const limits = { ...DEFAULT_READ_LIMITS, ...given };
  const before = outcome(() => checkWorkbookFile(bytes, name, limits));
  const now = await outcomeAsync(() => checkWorkbookFileNatively(bytes, name, limits));
  expect(now).toEqual(before);
  return now;
}

describe("inflateNatively", () => {
  it("is there in this Node (so the tests below take the native path)", () => {
    expect(canInflateNatively()).toBe(true);
  });

  it("gives the bytes of a clean stream, and nothing for anything else", async () => {
    const text = strToU8('<c r="A1"><v>1</v></c>'.repeat(5000));
    const packed = deflateRaw(text);
    expect(await inflateNatively(packed, text.length)).toEqual(text);
    expect(await inflateNatively(packed, text.length - 1)).toBeUndefined();
    expect(
      await inflateNatively(packed.subarray(0, packed.length >> 1), text.length),
    ).toBeUndefined();
    const trailing = new Uint8Array([...packed, 1, 2, 3]);
    // Bytes after the stream's end: Node ignores them, as fflate does; Chromium refuses them.
    expect([undefined, text]).toContainEqual(await inflateNatively(trailing, text.length));
    expect(await inflateNatively(new Uint8Array([0xff, 0xff, 0xff]), 100)).toBeUndefined();
  });
});

describe("checkWorkbookFileNatively gives checkWorkbookFile's verdict", () => {
  const sample = fixture("sample.xlsx");

  it("ordinary workbooks: the same checked parts", async () => {
    for (const name of ["sample.xlsx", "libreoffice.xlsx", "libreoffice.ods"]) {
      const now = await expectSameVerdict(fixture(name), name);
      expect("parts" in now && Object.keys(now.parts).length).toBeGreaterThan(2);
    }
    await expectSameVerdict(fixture("libreoffice.xls"), "libreoffice.xls");
    await expectSameVerdict(fixture("libreoffice-semicolon.csv"), "x.csv");
  });

  it("encrypted, empty, too large, not a workbook, truncated", async () => {
    for (const name of ["encrypted.xlsx", "encrypted.ods"])
      expect(await expectSameVerdict(fixture(name), name)).toHaveProperty("error");
    await expectSameVerdict(fixture("encrypted.xls"), "encrypted.xls"); // refused when parsed
    await expectSameVerdict(new Uint8Array(0), "e.xlsx");
    await expectSameVerdict(sample, "big.xlsx", { maxBytes: 1000 });
    await expectSameVerdict(strToU8("%PDF-1.7"), "p.xlsx");
    for (const keep of [0.5, 0.9, 0.999])
      await expectSameVerdict(sample.subarray(0, Math.floor(sample.length * keep)), "t.xlsx");
  });

  it("zip bombs: claimed, by ratio, lying about sizes", async () => {
    const small = zipSync({ "xl/workbook.xml": new Uint8Array(1000) });
    expect(
      await expectSameVerdict(
        setCentral(small, 24, () => 1 << 30),
        "b.xlsx",
      ),
    ).toHaveProperty("error.reason", "zipBomb");
    const zeros = zipSync({ "xl/workbook.xml": new Uint8Array(50 << 20) }, { level: 1 });
    await expectSameVerdict(zeros, "b.xlsx");
    const big = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": new Uint8Array(4 << 20),
    });
    const lying = setCentral(big, 24, () => 100);
    expect(
      await expectSameVerdict(lying, "l.xlsx", { maxUncompressedBytes: 1 << 20 }),
    ).toHaveProperty("error.reason", "zipBomb");
    // Within the budget the lie is a size that does not match: corrupt.
    expect(await expectSameVerdict(lying, "l.xlsx")).toHaveProperty("error.reason", "corrupt");
  });

  it("a wrong CRC, damaged deflate data, too many cells", async () => {
    expect(
      await expectSameVerdict(
        setCentral(sample, 16, (c) => c ^ 1),
        "c.xlsx",
      ),
    ).toHaveProperty("error.reason", "corrupt");
    const sheet = strToU8(
      `<worksheet><sheetData>${'<c r="A1"><v>1</v></c>'.repeat(9000)}</sheetData></worksheet>`,
    );
    const zip = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/worksheets/sheet1.xml": sheet,
    });
    const damaged = zip.slice();
    // Inside the sheet's deflate data (the first entry's is a few dozen bytes).
    for (let i = 0; i < 40; i++) damaged[200 + i] ^= 0x5a;
    expect(await expectSameVerdict(damaged, "d.xlsx")).toHaveProperty("error");
    await expectSameVerdict(sample, "n.xlsx", { maxCells: 20 });
    await expectSameVerdict(zip, "n.xlsx", { maxCells: 10 });
    expect(Object.keys(unzipSync(zip))).toHaveLength(2);
  });

  it("without DecompressionStream (jsdom, old hosts): checkWorkbookFile", async () => {
    const native = globalThis.DecompressionStream;
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
    try {
      expect(canInflateNatively()).toBe(false);
      await expectSameVerdict(sample, "s.xlsx");
    } finally {
      globalThis.DecompressionStream = native;
    }
  });
});
