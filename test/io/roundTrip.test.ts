import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/io/readWorkbook";
import { writePlan } from "../../src/io/writePlan";
import type { WorkbookPlan } from "../../src/shared/model";
import { HA_NOI_NFD, SAMPLE_PLAN } from "../fixtures/io/samplePlan";
import { expectedGrids, FIXTURES, zipPart } from "./helpers";

describe("writePlan → readWorkbook", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writePlan(SAMPLE_PLAN);
  });

  it("reads back every sheet's values, merges, formulas and state", () => {
    const wb = readWorkbook(bytes, "Phụ lục mẫu.xlsx");
    expect(wb.fileName).toBe("Phụ lục mẫu.xlsx");
    expect(wb.sha256).toBeUndefined();
    expect(wb.sheets).toEqual(expectedGrids(SAMPLE_PLAN));
  });

  it("keeps dates as serials, percents as fractions, NFD text as written", () => {
    const [b1, ds] = readWorkbook(bytes, "x.xlsx").sheets;
    expect(b1.rows[3][4]).toEqual({ kind: "date", serial: 45000 });
    expect(b1.rows[3][3]).toBe(0.955);
    expect(b1.rows[1][0]).toBe(HA_NOI_NFD);
    expect(b1.rows[1][0]).not.toBe(HA_NOI_NFD.normalize("NFC"));
    expect(ds.rows[2][1]).toBe("Nguyễn Thị Ánh Tuyết");
  });

  it("gives formula cells their cached values, numeric and text", () => {
    const [b1, ds] = readWorkbook(bytes, "x.xlsx").sheets;
    expect(b1.formulas).toMatchObject({ C6: "SUM(C4:C5)", D7: 'IF(C6>300,"Đạt","Chưa đạt")' });
    expect(b1.rows[5][2]).toBe(352);
    expect(b1.rows[6][3]).toBe("Đạt");
    expect(ds.formulas).toEqual({ C4: "'Biểu 1'!C6*2" });
    expect(ds.rows[3][2]).toBe(704);
  });

  it("keeps a formula that has no cached value, and rows holding only styled empty cells", async () => {
    const plan: WorkbookPlan = {
      ...SAMPLE_PLAN,
      sheets: [
        {
          ...SAMPLE_PLAN.sheets[1],
          merges: [],
          blocks: [
            {
              row: 0,
              col: 0,
              cells: [
                [{ v: 2 }, { f: "A1*3" }],
                [{ s: "text" }, { s: "text" }],
              ],
            },
          ],
        },
      ],
    };
    const [grid] = readWorkbook(await writePlan(plan), "x.xlsx").sheets;
    expect(grid.formulas).toEqual({ B1: "A1*3" });
    expect(grid.rows).toEqual([[2], []]);
    expect(grid.rows).toEqual(expectedGrids(plan)[0].rows);
  });

  it("writes text that looks like a formula as a shared string, never as a formula", () => {
    const sheet = zipPart(bytes, "xl/worksheets/sheet1.xml");
    const strings = zipPart(bytes, "xl/sharedStrings.xml");
    for (const text of ["=1+1", "+84 912 345 678", "-", "@tên"])
      expect(strings).toContain(`<t>${text}</t>`);
    for (const ref of ["B2", "C2", "D2", "E2"])
      expect(sheet).toMatch(new RegExp(`<c r="${ref}"[^>]* t="s"><v>\\d+</v></c>`));
    // Only the plan's four formulas on this sheet.
    expect(sheet.match(/<f>/g)).toHaveLength(4);
  });

  it("renders states, protection, validations, freeze panes, widths, names and properties", () => {
    const workbook = zipPart(bytes, "xl/workbook.xml");
    expect(workbook).toContain('name="Ẩn" state="hidden"');
    expect(workbook).toContain('name="_PhuLuc" state="veryHidden"');
    expect(workbook).toContain(`<definedName name="TongSo">&apos;Biểu 1&apos;!$C$6</definedName>`);
    expect(workbook).toContain('fullCalcOnLoad="1"');

    const s1 = zipPart(bytes, "xl/worksheets/sheet1.xml");
    expect(s1).toMatch(/<sheetProtection sheet="1"[^>]*formatColumns="0" formatRows="0"/);
    expect(s1).not.toMatch(/hashValue|saltValue/);
    expect(s1).toContain(
      '<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/>',
    );
    expect(s1).toContain('<col min="2" max="2" width="40" customWidth="1"/>');
    expect(s1).toContain('<tabColor rgb="FF2F75B5"/>');
    expect(s1).toContain('<mergeCell ref="A1:E1"/>');
    expect(s1).toContain('<dataValidations count="5">');
    // A list's choices live in cells of the very hidden list sheet (commas, 255 characters).
    expect(workbook).toContain('name="_PhuLucDanhSach" state="veryHidden"');
    expect(s1).toMatch(
      /type="list"[^>]*sqref="C7"><formula1>&apos;_PhuLucDanhSach&apos;!\$A\$1:\$A\$2<\/formula1>/,
    );
    expect(s1).toMatch(
      /type="date"[^>]*prompt="Nhập ngày dạng dd\/mm\/yyyy"[^>]*sqref="E4:E5"><formula1>36526<\/formula1>/,
    );
    expect(s1).toMatch(/type="whole"[^>]*error="Nhập số nguyên không âm"[^>]*sqref="C4:C5"/);
    expect(zipPart(bytes, "xl/worksheets/sheet2.xml")).not.toContain("sheetProtection");

    const styles = zipPart(bytes, "xl/styles.xml");
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
    expect(styles).toContain('<protection locked="0"/>');
    expect(styles).toContain('<fgColor rgb="FFFFF2CC"/>');
    expect(styles).toMatch(
      /<font><b\/><family val="1"\/><sz val="14"\/><name val="Times New Roman"\/><\/font>/,
    );
    expect(styles).toContain("<font><b/><i/>");
    expect(styles).toContain('<color rgb="FF1F4E78"/>');
    expect(styles).toContain('<alignment horizontal="center" vertical="center" wrapText="1"/>');

    const core = zipPart(bytes, "docProps/core.xml");
    expect(core).toContain("<dc:title>Phụ lục mẫu</dc:title>");
    expect(core).toContain("<dc:creator>Phụ lục</dc:creator>");
    expect(core).toContain(">2026-11-02T08:00:00Z</dcterms:created>");
    expect(core).toContain(">2026-11-02T08:00:00Z</dcterms:modified>");
  });

  it("gives byte-identical output for the same plan, across time and time zones", async () => {
    // A year and a few seconds later (zip times have a 2-second resolution), by a clock moved
    // forward rather than by waiting: only Date is faked, the event loop runs as usual.
    const written = Date.now();
    jest.useFakeTimers({
      now: written + 366 * 86_400_000 + 5_000,
      doNotFake: [
        "hrtime",
        "nextTick",
        "performance",
        "queueMicrotask",
        "requestAnimationFrame",
        "cancelAnimationFrame",
        "requestIdleCallback",
        "cancelIdleCallback",
        "setImmediate",
        "clearImmediate",
        "setInterval",
        "clearInterval",
        "setTimeout",
        "clearTimeout",
      ],
    });
    const tz = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(new Date().getTime() - written).toBeGreaterThan(366 * 86_400_000);
      const again = await writePlan(SAMPLE_PLAN);
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      process.env.TZ = tz;
      jest.useRealTimers();
    }
    // …and the same bytes as the committed golden file made by make-fixtures.sh.
    const golden = readFileSync(join(FIXTURES, "sample.xlsx"));
    expect(Buffer.from(bytes).equals(golden)).toBe(true);
  });
});
