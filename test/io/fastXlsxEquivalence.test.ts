import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { readXlsxFast } from "../../src/io/fastXlsx/readXlsxFast";
import { detectFileKind } from "../../src/io/fileKind";
import { checkReadLimits, DEFAULT_READ_LIMITS } from "../../src/io/readLimits";
import { readWorkbook } from "../../src/io/readWorkbook";
import { WorkbookReadError } from "../../src/io/workbookReadError";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import type { Grid, PlanCell, PlanSheet, WorkbookPlan } from "../../src/shared/model";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { serialFromIso } from "../../src/shared/calendar/serial";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";
import { sharedFormulaSheet } from "./sharedFormulaSheet";
import { sampleWorkbooks } from "../../src/taskpane/preview/sampleWorkbooks";

// readWorkbook as shipped, with a switch to turn the fast reader off: the SheetJS path it then
// takes is the reference every fast read must equal.
jest.mock("../../src/io/fastXlsx/readXlsxFast", () => {
  const actual = jest.requireActual("../../src/io/fastXlsx/readXlsxFast");
  return { ...actual, readXlsxFast: jest.fn(actual.readXlsxFast) };
});
const { readXlsxFast: realReadXlsxFast } = jest.requireActual<{
  readXlsxFast: typeof readXlsxFast;
}>("../../src/io/fastXlsx/readXlsxFast");
const fastSwitch = readXlsxFast as jest.MockedFunction<typeof readXlsxFast>;

const ROOT = join(__dirname, "..", "..");

type Outcome = { sheets: Grid[] } | { error: string };

/** What readWorkbook gives through SheetJS: the sheets, or the error's reason and detail. */
function sheetJsOutcome(bytes: Uint8Array, fileName: string, maxCells?: number): Outcome {
  fastSwitch.mockImplementationOnce(() => undefined);
  return outcome(() => readWorkbook(bytes, fileName, { maxCells }).sheets);
}

function outcome(read: () => Grid[]): Outcome {
  try {
    return { sheets: read() };
  } catch (err) {
    if (!(err instanceof WorkbookReadError)) throw err;
    return { error: `${err.reason}: ${err.message}` };
  }
}

/** The fast reader on its own, as readWorkbook calls it; undefined when it declines. */
function fastSheets(bytes: Uint8Array, fileName: string): Grid[] | undefined {
  const kind = detectFileKind(bytes, fileName);
  if (kind !== "xlsx") return undefined;
  let parts: Map<string, Uint8Array>;
  try {
    parts = checkReadLimits(bytes, fileName, kind, DEFAULT_READ_LIMITS);
  } catch {
    return undefined;
  }
  const formatIsDate = new Map<string, boolean>();
  const isDateFormat = (z: string) => {
    if (!formatIsDate.has(z)) formatIsDate.set(z, XLSX.SSF.is_date(z) === true);
    return formatIsDate.get(z)!;
  };
  return realReadXlsxFast(bytes, parts, { count: () => {}, isDateFormat });
}

/**
 * The fast reader either declines or gives exactly what SheetJS gives (values, -0, NaN, ragged
 * rows, merge order, formulas, states); readWorkbook gives the same either way.
 * Returns whether the fast reader read the file.
 */
function expectSameAsSheetJs(bytes: Uint8Array, fileName: string): boolean {
  const expected = sheetJsOutcome(bytes, fileName);
  const fast = fastSheets(bytes, fileName);
  if (fast !== undefined) expect({ sheets: fast }).toStrictEqual(expected);
  expect(outcome(() => readWorkbook(bytes, fileName).sheets)).toStrictEqual(expected);
  return fast !== undefined;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const fileBytes = (path: string) => new Uint8Array(readFileSync(path));

describe("readXlsxFast ≡ SheetJS + sheetToGrid", () => {
  describe("files on disk", () => {
    // samples/generated is made by `npm run demo` and absent from a clean clone; the files our
    // writer makes are covered below, built in memory.
    const files = ["test/corpus/files", "test/fixtures/io", "samples/libreoffice"]
      .flatMap((d) => filesUnder(join(ROOT, d)))
      .filter((f) => /\.xls[xm]$/i.test(f))
      .map((f) => f.slice(ROOT.length + 1));

    it.each(files)("%s", (file) => {
      const read = expectSameAsSheetJs(fileBytes(join(ROOT, file)), file);
      // Our writer's files and LibreOffice's saved .xlsx must never fall back to SheetJS.
      if (/^samples\/|fixtures\/io\/(libreoffice|sample)\.xlsx$/.test(file))
        expect(read).toBe(true);
    });

    it("covers LibreOffice's saved files", () => {
      expect(files.filter((f) => f.startsWith("samples/libreoffice/")).length).toBeGreaterThan(0);
    });
  });

  describe("workbooks our writer makes", () => {
    it("the empty template of the embedded campaign", () => {
      expect(expectSameAsSheetJs(writeXlsx(buildTemplatePlan(embeddedCampaign)), "mau.xlsx")).toBe(
        true,
      );
    });

    it("filled unit workbooks", () => {
      const samples = generateSampleUnits(embeddedCampaign).slice(0, 12);
      expect(samples.length).toBeGreaterThan(5);
      for (const s of samples) {
        const plan = buildTemplatePlan(embeddedCampaign, {
          unitCode: s.unit.code,
          filled: s.filled,
        });
        expect(expectSameAsSheetJs(writeXlsx(plan), s.fileName)).toBe(true);
      }
    });

    it("the demo consolidated appendix", () => {
      const workbooks = sampleWorkbooks(embeddedCampaign);
      const { plan } = runConsolidation({
        campaign: embeddedCampaign,
        workbooks,
        asOf: serialFromIso("2021-05-06"),
      });
      expect(expectSameAsSheetJs(writeXlsx(plan), "tong-hop.xlsx")).toBe(true);
    });

    it("random small plans: awkward text, numbers, booleans, dates, formulas, merges, states", () => {
      fc.assert(
        fc.property(randomPlan, (plan) => {
          expect(expectSameAsSheetJs(writeXlsx(plan), "random.xlsx")).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe("hand-written parts (what other writers put in a file)", () => {
    it("shared formulas, inline and rich strings, str/b/e cells, entities, 1904 dates", () => {
      const bytes = xlsxOf({
        date1904: true,
        strings: [
          "<t>Mã</t>",
          '<t xml:space="preserve"> a &amp; b </t>',
          '<r><t>Đạt </t></r><r><rPr><b/></rPr><t>100%</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh>',
          "<t>line&#13;&#10;two_x0041_</t>",
          "",
        ],
        sheets: [
          {
            name: "B1 & co",
            xml: sheetXml(
              [
                '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
                '<row r="2"><c r="A2" s="1"><v>45000</v></c><c r="B2"><f>A2+1</f><v>45001</v></c><c r="C2" s="2"><v>-0</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="e"><v>#SPILL!</v></c></row>',
                '<row r="3"><c r="A3"><f t="shared" ref="A3:C4" si="0">A2*2+$B$2</f><v>1</v></c><c r="B3"><f t="shared" si="0"/><v>2</v></c><c r="C3"><f t="shared" si="0"/><v>3</v></c></row>',
                '<row r="4"><c r="A4"><f t="shared" si="0"/><v>4</v></c><c r="C4" t="str"><f>_xlfn.CONCAT("a&amp;amp;",A1)</f><v>a&amp;amp;Mã</v></c></row>',
                '<row r="6"><c r="B6" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="C6" t="b"><f>TRUE()</f><v>1</v></c><c r="D6"><f>1/0</f></c><c r="E6" s="1"/></row>',
              ].join(""),
              '<mergeCells count="2"><mergeCell ref="C6:D7"/><mergeCell ref="A1:B1"/></mergeCells>',
            ),
          },
          {
            name: "An",
            state: "veryHidden",
            xml: sheetXml('<row r="1"><c r="A1"><v>7</v></c></row>'),
          },
          { name: "Ẩn", state: "hidden", xml: sheetXml("") },
        ],
      });
      expect(expectSameAsSheetJs(bytes, "tay.xlsx")).toBe(true);
      const [b1, hidden] = fastSheets(bytes, "tay.xlsx")!;
      expect(b1.formulas).toMatchObject({
        B3: "B2*2+$B$2",
        A4: "A3*2+$B$2",
        C4: 'CONCAT("a&amp;",A1)',
      });
      expect(b1.rows[1][0]).toEqual({ kind: "date", serial: 45000 + 1462 });
      expect(b1.rows[0][2]).toBe("Đạt 100%");
      expect(b1.merges).toEqual(["C6:D7", "A1:B1"]);
      expect(hidden.state).toBe("veryHidden");
    });

    it("thousands of shared-formula groups (lookups, structured references), as Excel saves them", () => {
      const bytes = xlsxOf({
        strings: [],
        sheets: [{ name: "Tra cứu", xml: sharedFormulaSheet(2000) }],
      });
      expect(expectSameAsSheetJs(bytes, "tra-cuu.xlsx")).toBe(true);
      const [sheet] = fastSheets(bytes, "tra-cuu.xlsx")!;
      expect(Object.keys(sheet.formulas ?? {})).toHaveLength(10_000);
      expect(sheet.formulas?.H2001).toMatch(
        /^IFERROR\(VLOOKUP\(\$B2001,Bang1\[#All\],COLUMN\(H\$1\)/,
      );
    });

    it("random cells of every kind, well-formed or not: the same as SheetJS or declined", () => {
      let read = 0;
      fc.assert(
        fc.property(randomHandWorkbook, (spec) => {
          if (expectSameAsSheetJs(xlsxOf(spec), "tay.xlsx")) read++;
        }),
        { numRuns: 300 },
      );
      // The property would be empty if everything were declined.
      expect(read).toBeGreaterThan(100);
    });

    it("declines what it does not reproduce: ISO dates, hyperlinks, comments in the sheet", () => {
      for (const xml of [
        sheetXml('<row r="1"><c r="A1" t="d"><v>2021-05-06</v></c></row>'),
        sheetXml(
          '<row r="1"><c r="A1"><v>1</v></c></row>',
          '<hyperlinks><hyperlink ref="B2" location="A1"/></hyperlinks>',
        ),
        sheetXml('<row r="1"><!-- note --><c r="A1"><v>1</v></c></row>'),
        sheetXml('<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>'),
      ]) {
        const bytes = xlsxOf({ strings: [], sheets: [{ name: "S", xml }] });
        expect(fastSheets(bytes, "x.xlsx")).toBeUndefined();
        expectSameAsSheetJs(bytes, "x.xlsx");
      }
    });

    it("workbooks SheetJS writes", () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(sheetJsValue, { maxLength: 5 }), { maxLength: 6 }),
          fc.boolean(),
          (aoa, bookSST) => {
            const wb = XLSX.utils.book_new();
            XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), "S");
            const bytes = XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST });
            expectSameAsSheetJs(new Uint8Array(bytes as ArrayBuffer), "sheetjs.xlsx");
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  describe("the cell limit", () => {
    it("fires at the same count through either reader", () => {
      // Sparse cells: far more cells kept (empty rows and gaps count) than cell tags.
      const bytes = xlsxOf({
        strings: ["<t>Mã</t>"],
        sheets: [
          {
            name: "A",
            xml: sheetXml('<row r="3"><c r="B3" t="s"><v>0</v></c><c r="F3"><v>1</v></c></row>'),
          },
          {
            name: "B",
            xml: sheetXml(
              '<row r="20"><c r="E20"><v>2</v></c></row><row r="21"><c r="A21" s="1"/></row>',
            ),
          },
        ],
      });
      const expected = sheetJsOutcome(bytes, "x.xlsx");
      if (!("sheets" in expected)) throw new Error("the workbook must read");
      const kept = expected.sheets.reduce(
        (n, g) => n + g.rows.reduce((m, row) => m + row.length + 1, 0),
        0,
      );
      // A: two empty rows, then B3…F3; B: 19 empty rows, A20…E20, a row of one styled blank.
      expect(kept).toBe(1 + 1 + 7 + (19 + 6 + 1));
      // The limits check, which counts cell tags first, lets every tried limit through.
      expect(() =>
        checkReadLimits(bytes, "x.xlsx", "xlsx", { ...DEFAULT_READ_LIMITS, maxCells: 9 }),
      ).not.toThrow();
      for (const maxCells of [kept - 1, kept, 9, 10]) {
        const viaSheetJs = sheetJsOutcome(bytes, "x.xlsx", maxCells);
        fastSwitch.mockClear();
        const viaFast = outcome(() => readWorkbook(bytes, "x.xlsx", { maxCells }).sheets);
        expect(fastSwitch).toHaveBeenCalledTimes(1);
        expect(viaFast).toStrictEqual(viaSheetJs);
        expect("error" in viaFast).toBe(maxCells < kept);
      }
    });
  });
});

/* ---------------------------------------------------------------------------------------------
 * Random plans for our writer.
 * ------------------------------------------------------------------------------------------- */

const awkwardText = fc.oneof(
  fc.constantFrom(
    "a<b>&c'd\"e &amp; &#233; _x0041_",
    "ctrl\u0001\u0008\u000B\u001F\u007F",
    "tab\tline\nfeed\r\nreturn",
    "  leading",
    "=1+1",
    "@home",
    "😀 👍🏽",
    "Tổng số đảng viên".normalize("NFD"),
    "\u00A0nbsp",
  ),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);
const awkwardNumber = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1 / 3, 1e21, 5e-324, 45000, 45000.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const planCell: fc.Arbitrary<PlanCell> = fc.record(
  {
    v: fc.oneof(awkwardText, awkwardNumber, fc.boolean(), fc.constant(null)),
    f: fc.constantFrom("SUM(A1:B2)", 'IF(A1="<>","x&y",1)', "TRUE()", "_xlfn.CONCAT(A1)"),
    s: fc.constantFrom("plain", "date", "datetime", "percent", "text"),
  },
  { requiredKeys: [] },
);
const planSheet = (i: number): fc.Arbitrary<PlanSheet> =>
  fc
    .record({
      state: fc.constantFrom("visible", "hidden", "veryHidden"),
      row: fc.nat(6),
      col: fc.nat(4),
      cells: fc.array(fc.array(planCell, { maxLength: 5 }), { maxLength: 6 }),
      merge: fc.boolean(),
    })
    .map(({ state, row, col, cells, merge }) => ({
      name: `Biểu ${i} & <${i}>`,
      state,
      blocks: [{ row, col, cells }],
      merges: merge ? ["A1:B2", "D4:D6"] : [],
      columnWidths: [],
      validations: [],
      protect: false,
    }));
const randomPlan: fc.Arbitrary<WorkbookPlan> = fc
  .tuple(planSheet(1), planSheet(2))
  .map(([a, b]) => ({
    sheets: [{ ...a, state: "visible" }, b],
    styles: {
      plain: {},
      date: { numberFormat: "dd/mm/yyyy" },
      datetime: { numberFormat: "yyyy-mm-dd hh:mm" },
      percent: { numberFormat: "0.0%" },
      text: { numberFormat: "@" },
    },
    names: [],
    properties: { title: "T", creator: "C", created: "2021-01-01T00:00:00.000Z" },
  }));

const sheetJsValue = fc.oneof(
  awkwardText,
  awkwardNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(0x07, 0x2a).map((v) => ({ t: "e", v })),
);

/* ---------------------------------------------------------------------------------------------
 * Hand-written workbooks: every part spelled out, so that cells can take any form.
 * ------------------------------------------------------------------------------------------- */

interface HandWorkbook {
  date1904?: boolean;
  /** Contents of each <si>. */
  strings: string[];
  sheets: Array<{ name: string; state?: string; xml: string }>;
  /** Relationship targets as "/xl/worksheets/…" instead of "worksheets/…". */
  absoluteTargets?: boolean;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;đ&quot;"/><numFmt numFmtId="14" formatCode="0.00"/></numFmts><cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="27"/><xf/><xf numFmtId="47"/></cellXfs></styleSheet>`;

function xlsxOf(spec: HandWorkbook): Uint8Array {
  const sheets = spec.sheets;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="${spec.date1904 ? "1" : "false"}"/><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 10}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${spec.absoluteTargets ? "/xl/" : ""}worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("")}</Relationships>`,
    ),
    "xl/styles.xml": strToU8(STYLES),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${spec.strings.length}" uniqueCount="${spec.strings.length}">${spec.strings.map((s) => `<si>${s}</si>`).join("")}</sst>`,
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  return zipSync(files);
}

function sheetXml(rows: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:F9"/><sheetData>${rows}</sheetData>${after}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

const xmlText = fc.constantFrom(
  "Mã",
  "a &amp; b",
  "&lt;x&gt;",
  "&#233;&#x1EA1;",
  "&AMP;",
  "_x0041__x005F_x0042_",
  "a\r\nb",
  "  spaced  ",
  "Tổng số",
  "",
);
/** Mostly what writers write, sometimes what they should not (one odd part declines a file). */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: usual, weight: 30 }, { arbitrary: odd, weight: 1 });

const stringItem = mostly(
  fc.oneof(
    xmlText.map((t) => `<t>${t}</t>`),
    xmlText.map((t) => `<t xml:space="preserve">${t}</t>`),
    fc
      .array(xmlText, { minLength: 1, maxLength: 3 })
      .map((ts) => ts.map((t) => `<r><rPr><b/><sz val="11"/></rPr><t>${t}</t></r>`).join("")),
    xmlText.map((t) => `<t>${t}</t><rPh sb="0" eb="1"><t>ふ</t></rPh><phoneticPr fontId="1"/>`),
    fc.constant(""),
  ),
  fc.constantFrom("<t/>", " <t>x</t>", "<x:t>p</x:t>", "<r><t>open</t></r><rPh><t>x</t>"),
);

const cellValue = fc.constantFrom(
  "0",
  "1",
  "2",
  "7",
  "45000",
  "-0",
  "1.5E3",
  "007",
  "0.1",
  "true",
  "abc",
  "#N/A",
  "#DIV/0!",
  "#SPILL!",
  "a &amp;amp; b",
  "&#49;",
  "_x0031_",
  "x\r\ny",
  "",
);
const formula = fc.constantFrom(
  "",
  "<f>SUM(A1:B2)</f>",
  "<f>_xlfn.CONCAT(A1,&quot;x&quot;)</f>",
  "<f>TRUE()</f>",
  "<f>false</f>",
  '<f t="shared" ref="A1:C9" si="0">A1+$B$1+C$1</f>',
  '<f t="shared" si="0"/>',
  '<f t="shared" si="1"/>',
  '<f t="shared" si="0"></f>',
  '<f t="array" ref="B2">A1:A2*2</f>',
  '<f t="array" ref="B2:B4">A1:A3*2</f>',
  "<f></f>",
  "<f>A1&#13;&#10;+1</f>",
);
const cellSpec = fc.record({
  skip: fc.nat(2),
  s: mostly(
    fc.constantFrom(undefined, "0", "1", "2", "3", "4", "5", "6", "7", "8"),
    fc.constantFrom("01", "x"),
  ),
  t: mostly(
    fc.constantFrom(undefined, undefined, "n", "s", "str", "b", "e", "inlineStr", ""),
    fc.constantFrom("d", "z"),
  ),
  v: fc.option(cellValue, { freq: 3 }),
  f: formula,
  is: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: stringItem, weight: 1 }),
  selfClosing: fc.boolean(),
});
const randomHandWorkbook: fc.Arbitrary<HandWorkbook> = fc
  .record({
    date1904: fc.boolean(),
    strings: fc.array(stringItem, { maxLength: 6 }),
    rows: fc.array(fc.record({ skip: fc.nat(2), cells: fc.array(cellSpec, { maxLength: 4 }) }), {
      maxLength: 6,
    }),
    merges: fc.array(fc.constantFrom("A1:B2", "C3", "D1:D4", "B2:A1"), { maxLength: 3 }),
    absoluteTargets: fc.boolean(),
    state: fc.constantFrom(undefined, "hidden", "veryHidden", "Hidden"),
  })
  .map(({ date1904, strings, rows, merges, absoluteTargets, state }) => {
    let r = 0;
    const rowXml = rows
      .map((row) => {
        r += 1 + row.skip;
        let c = 0;
        const cells = row.cells
          .map((cell) => {
            c += 1 + cell.skip;
            const attrs = `r="${String.fromCharCode(64 + c)}${r}"${cell.s === undefined ? "" : ` s="${cell.s}"`}${cell.t === undefined ? "" : ` t="${cell.t}"`}`;
            const body = `${cell.f}${cell.v === null ? "" : `<v>${cell.v}</v>`}${cell.is === null ? "" : `<is>${cell.is}</is>`}`;
            return cell.selfClosing && body === "" ? `<c ${attrs}/>` : `<c ${attrs}>${body}</c>`;
          })
          .join("");
        return `<row r="${r}">${cells}</row>`;
      })
      .join("");
    const mergeXml = merges.length
      ? `<mergeCells>${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "";
    return {
      date1904,
      strings,
      absoluteTargets,
      sheets: [
        { name: "Biểu & 1", state, xml: sheetXml(rowXml, mergeXml) },
        { name: "Khác", xml: sheetXml('<row r="2"><c r="B2" s="1"><v>45000</v></c></row>') },
      ],
    };
  });
