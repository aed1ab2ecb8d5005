import fc from "fast-check";
import { unzipSync } from "fflate";
import { writePlanWithExcelJs as writePlan } from "../../src/io/xlsxWriter/writeWithExcelJs.testutil";
import { writeXlsx, xlsxEntries } from "../../src/io/xlsxWriter";
import { planStyleArbitrary } from "../../src/io/xlsxWriter/planFixtures.testutil";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { serialFromIso } from "../../src/shared/calendar/serial";
import { quoteSheetName } from "../../src/shared/a1/a1";
import type {
  Campaign,
  PlanCell,
  PlanSheet,
  PlanValidation,
  WorkbookPlan,
} from "../../src/shared/model";
import { outlineToPlanSheets } from "../../src/shared/outlineSheet";
import { richOutline } from "../../src/shared/outlineSheet/richOutline.fixture";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { planToGrids } from "../../src/shared/plan/planToGrids";
import { PLAN_STYLES } from "../../src/shared/plan/styles";
import { runConsolidation } from "../../src/shared/pipeline/runConsolidation";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";
import { scaleCampaign } from "../fixtures/scaleCampaign";
import { miniCampaign } from "../fixtures/miniCampaign";

const decoder = new TextDecoder();

/**
 * What our writer does on purpose and ExcelJS cannot: the official page setup (margins, A4 in
 * black and white, page numbers, column page breaks, print areas and titles as `_xlnm` names) and
 * Times New Roman as the workbook's Normal font (ExcelJS always writes a Calibri theme font).
 * Everything else must be exactly ExcelJS's XML, which is held to ECMA-376 by Excel and
 * LibreOffice reading it; the print XML is tested on its own and through LibreOffice's PDF.
 */
function withoutPrintSetup(name: string, xml: string): string {
  if (name.startsWith("xl/worksheets/"))
    return xml
      .replace(/<sheetFormatPr defaultRowHeight="[^"]*"/, '<sheetFormatPr defaultRowHeight=""')
      .replace(/<printOptions[^>]*\/>/, "")
      .replace(/<pageMargins[^>]*\/>/, "")
      .replace(/<pageSetup[^>]*\/>/, "")
      .replace(/<headerFooter>.*?<\/headerFooter>/, "")
      .replace(/<colBreaks.*?<\/colBreaks>/, "");
  if (name === "xl/workbook.xml")
    return xml
      .replace(/<definedName name="_xlnm\.[^"]*" localSheetId="\d+">[^<]*<\/definedName>/g, "")
      .replace("<definedNames></definedNames>", "");
  if (name === "xl/styles.xml") return xml.replace(/(<fonts [^>]*>)<font>.*?<\/font>/, "$1<font/>");
  return xml;
}

/** Entry by entry, the same XML as ExcelJS writes, but for the print setup; then our own bytes are stable. */
async function expectSameBytes(plan: WorkbookPlan): Promise<void> {
  const expected = await writePlan(plan);
  const actual = writeXlsx(plan);
  const theirs = unzipSync(expected);
  const ours = xlsxEntries(plan);
  expect(Object.keys(ours)).toEqual(Object.keys(theirs));
  for (const name of Object.keys(theirs)) {
    expect({ name, xml: withoutPrintSetup(name, decoder.decode(ours[name])) }).toEqual({
      name,
      xml: withoutPrintSetup(name, decoder.decode(theirs[name])),
    });
  }
  expect(Buffer.from(writeXlsx(plan)).equals(Buffer.from(actual))).toBe(true);
}

function consolidatedPlan(campaign: Campaign): WorkbookPlan {
  const workbooks = generateSampleUnits(campaign).map((s) => ({
    fileName: s.fileName,
    sheets: planToGrids(buildTemplatePlan(campaign, { unitCode: s.unit.code, filled: s.filled })),
  }));
  return runConsolidation({ campaign, workbooks, asOf: serialFromIso("2021-05-06") }).plan;
}

describe("writeXlsx gives the bytes of the ExcelJS writer", () => {
  it("for the empty template of the embedded campaign", async () => {
    await expectSameBytes(buildTemplatePlan(embeddedCampaign));
  });

  it("for templates filled by several sample units", async () => {
    const samples = generateSampleUnits(embeddedCampaign);
    // Units with and without typical mistakes (text in number cells, negatives, missing values…).
    const picked = [
      ...samples.filter((s) => s.mistakes.length === 0).slice(0, 2),
      ...samples.filter((s) => s.mistakes.length > 0).slice(0, 4),
    ];
    expect(picked.length).toBe(6);
    for (const s of picked) {
      await expectSameBytes(
        buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled }),
      );
    }
  });

  it("for the consolidated appendix of the sample units (the golden test's plan)", async () => {
    await expectSameBytes(consolidatedPlan(embeddedCampaign));
  });

  it("for the consolidated appendix of 100 units", async () => {
    await expectSameBytes(consolidatedPlan(scaleCampaign(embeddedCampaign, 100)));
  }, 60_000);

  it("for the mini campaign's template, filled template and appendix", async () => {
    await expectSameBytes(buildTemplatePlan(miniCampaign));
    const [first] = generateSampleUnits(miniCampaign);
    await expectSameBytes(
      buildTemplatePlan(miniCampaign, { unitCode: first.unit.code, filled: first.filled }),
    );
    await expectSameBytes(consolidatedPlan(miniCampaign));
  });

  it("for the outline sheets", async () => {
    await expectSameBytes({
      sheets: outlineToPlanSheets(richOutline),
      styles: PLAN_STYLES,
      names: [],
      properties: { title: richOutline.title, creator: "test", created: "2025-01-01T00:00:00Z" },
    });
  });
});

/* ---------------------------------------------------------------------------------------------
 * Random plans: every PlanStyle field, every validation kind, merges, freeze, print, protection,
 * sheet states, tab colours, row heights, names, formulas with and without cached values, and
 * awkward text and numbers.
 * ------------------------------------------------------------------------------------------- */

const NFC = "Tổng số đảng viên";
const awkwardText = fc.oneof(
  fc.constantFrom(
    "a<b>&c'd\"e",
    "ctrl\u0001\u0008\u000B\u000C\u001F\u007Fchars",
    "tab\tline\nfeed\rreturn",
    "  leading",
    "trailing  ",
    " ",
    "\n",
    "\u00A0nbsp\u00A0",
    "=1+1",
    "+84 912",
    "-5",
    "@home",
    "😀 emoji 👍🏽",
    NFC,
    NFC.normalize("NFD"),
    "Thông tin đơn vị",
    "x".repeat(300),
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);
const awkwardNumber = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1 / 3, -2.5, 1e15, 1e21, -1e21, 1e300, 1e-7, 5e-324, 2 ** 53),
  fc.double(),
);
const value = fc.oneof(
  awkwardText,
  awkwardNumber,
  fc.boolean(),
  fc.constantFrom(null, undefined, ""),
);
const hex = fc.stringMatching(/^[0-9A-Fa-f]{6}$/);

const planStyle = planStyleArbitrary;

const STYLE_NAMES = ["s0", "s1", "s2", "s3", "s4", "s5"];
const cell = fc.record(
  {
    v: value,
    f: fc.constantFrom("SUM(A1:B2)", 'IF(A1="<>","x&y",1)', 'MINIFS(A1:A9,B1:B9,"x")', "A1*2", ""),
    s: fc.constantFrom(...STYLE_NAMES),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<PlanCell>;

const block = fc.record({
  row: fc.nat(12),
  col: fc.nat(8),
  cells: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }),
});

const rect = fc
  .record({ r: fc.nat(14), c: fc.nat(9), h: fc.nat(3), w: fc.nat(3) })
  .map(({ r, c, h, w }) => ({ r1: r, c1: c, r2: r + h, c2: c + w }));
type Rect = { r1: number; c1: number; r2: number; c2: number };
const a1Of = (r: number, c: number) => String.fromCharCode(65 + c) + (r + 1);
const rangeOf = (x: Rect) => `${a1Of(x.r1, x.c1)}:${a1Of(x.r2, x.c2)}`;
/** Merges must not overlap (ExcelJS refuses that); a 1×1 "merge" is kept on purpose. */
const merges = fc.array(rect, { maxLength: 5 }).map((rects) => {
  const kept: Rect[] = [];
  for (const x of rects) {
    const overlaps = kept.some((k) => !(x.r2 < k.r1 || x.r1 > k.r2 || x.c2 < k.c1 || x.c1 > k.c2));
    if (!overlaps) kept.push(x);
  }
  return kept.map(rangeOf);
});

const validation = fc
  .record(
    {
      range: fc.oneof(
        // Single cells in a small area, so equal neighbours get squeezed into rectangles.
        fc.record({ r: fc.nat(4), c: fc.nat(3) }).map(({ r, c }) => a1Of(r, c)),
        rect.map(rangeOf),
      ),
      kind: fc.constantFrom("whole", "decimal", "list", "date", "textLength"),
      min: fc.constantFrom(0, 1, -5, 44197, 2.5),
      max: fc.constantFrom(10, 100, 1e15, 46022),
      list: fc.array(fc.constantFrom("Có", "Không", 'say "hi"', "a<b", "x&y"), { maxLength: 3 }),
      prompt: fc.constantFrom("Nhập số", "<b>", ""),
      error: fc.constantFrom("Giá trị không hợp lệ cho ô này.", "x&y"),
    },
    { requiredKeys: ["range", "kind"] },
  )
  .map((v) =>
    // A date rule's bounds are whole days (the outline's dates). ExcelJS takes them as Date objects
    // and treats rules whose bounds fall on the same day as one (it wrote 2.5 as part of a rule of
    // 1): a quirk of the oracle, not of the file format, so fractions stay out of date rules.
    v.kind === "date" && v.min !== undefined ? { ...v, min: Math.floor(v.min) } : v,
  ) as fc.Arbitrary<PlanValidation>;

const sheetBody = fc.record(
  {
    state: fc.constantFrom("visible", "hidden", "veryHidden"),
    blocks: fc.array(block, { maxLength: 4 }),
    merges,
    columnWidths: fc.sparseArray(fc.constantFrom(0, 6, 9, 12.5, 12.5, 40, -1), { maxLength: 8 }),
    freeze: fc.record({ rows: fc.nat(4), cols: fc.nat(3) }),
    validations: fc.array(validation, { maxLength: 6 }),
    protect: fc.boolean(),
    tabColor: hex,
    rowHeights: fc.dictionary(fc.nat(16).map(String), fc.constantFrom(0, 15, 22.5, 45)),
    print: fc.record({ landscape: fc.boolean(), fitToWidth: fc.boolean() }),
  },
  { requiredKeys: ["state", "blocks", "merges", "columnWidths", "validations", "protect"] },
);

const SHEET_NAMES = [
  "Thông tin",
  "B1 Kết quả",
  "2021",
  "Data",
  "Đơn vị's list",
  "Một tên trang tính rất dài vượt quá ba mươi mốt ký tự",
  "_PhuLuc",
];

const randomPlan: fc.Arbitrary<WorkbookPlan> = fc
  .record({
    sheets: fc.uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 4 }),
    bodies: fc.array(sheetBody, { minLength: 4, maxLength: 4 }),
    styles: fc.array(planStyle, { minLength: STYLE_NAMES.length, maxLength: STYLE_NAMES.length }),
    names: fc.array(
      fc.record({
        name: fc.constantFrom("Tong", "Ds_DonVi", "x<y"),
        sheet: fc.nat(3),
        range: fc.oneof(rect.map(rangeOf), fc.constant("C3")),
      }),
      { maxLength: 4 },
    ),
    title: awkwardText,
    creator: fc.constantFrom("Phụ lục", "", "a&b"),
    created: fc.date({
      min: new Date("1970-01-01"),
      max: new Date("2099-12-31T23:59:59Z"),
      noInvalidDate: true,
    }),
  })
  .map(({ sheets, bodies, styles, names, title, creator, created }) => ({
    sheets: sheets.map((name, i) => ({ name, ...bodies[i] }) as PlanSheet),
    styles: Object.fromEntries(STYLE_NAMES.map((n, i) => [n, styles[i]])),
    names: names.map(({ name, sheet, range }) => {
      const target = sheets[sheet % sheets.length].slice(0, 31);
      const abs = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      return { name, ref: `${quoteSheetName(target)}!${abs}` };
    }),
    properties: { title, creator, created: created.toISOString() },
  }));

describe("writeXlsx on random plans", () => {
  // ExcelJS warns on every sheet name it cuts to 31 characters.
  beforeAll(() => jest.spyOn(console, "warn").mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it("keeps neighbouring date rules with different bounds apart, as the oracle does", async () => {
    // Found by the property below: ExcelJS merged A4 and B4 into one rule with A4's bounds when it
    // was given Date objects (its deep comparison sees every Date as equal).
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "Thông tin",
          state: "visible",
          blocks: [],
          merges: [],
          columnWidths: [],
          validations: [
            { range: "A4", kind: "date", prompt: "Nhập ngày", error: "x&y" },
            { range: "B4", kind: "date", min: 2, prompt: "Nhập ngày", error: "x&y" },
          ],
          protect: false,
        },
      ],
      styles: {},
      names: [],
      properties: { title: "", creator: "Phụ lục", created: "1970-01-01T00:00:00.000Z" },
    };
    await expectSameBytes(plan);
    const xml = new TextDecoder().decode(unzipSync(writeXlsx(plan))["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('sqref="A4"><formula1>1</formula1>');
    expect(xml).toContain('sqref="B4"><formula1>2</formula1>');
  });

  it("gives the ExcelJS writer's bytes", async () => {
    await fc.assert(
      fc.asyncProperty(randomPlan, async (plan) => {
        await expectSameBytes(plan);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
