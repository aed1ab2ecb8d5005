import type { WorkbookReadReason } from "../../src/io/workbookReadError";
import type { FindingCode, ReportValue } from "../../src/shared/model";
import type { CorpusCampaign } from "./campaigns";

/** A finding the case must produce; sheet, cell and indicator are checked when given. */
export interface ExpectedFinding {
  code: FindingCode;
  sheet?: string;
  cell?: string;
  indicator?: string;
}

export interface CorpusCase {
  /** File(s) under test/corpus/files; several files are checked together in one run. */
  file: string | string[];
  description: string;
  /** The campaign the files are checked against (default "embedded"). */
  campaign?: CorpusCampaign;
  /**
   * A clear refusal of the file (WorkbookReadError reason, then an E_FILE finding), or the
   * findings of checking it: every listed finding must be present, and no other error.
   */
  expect: { error: WorkbookReadReason } | { findings: ExpectedFinding[] };
  /**
   * Values that must be read despite the damage, by path: "info/partyMembers",
   * "B1/5/SL" (sheet/indicator/column) or "L2/1/name" (list/row index/column).
   */
  reads?: Record<string, ReportValue>;
  /** Set when Phụ lục does not yet do what is expected: the test documents the gap. */
  knownIssue?: string;
  /** What the known issue adds today (checked to be there, so the gap is documented exactly). */
  producedByIssue?: ExpectedFinding[];
}

const INFO = "Thông tin đơn vị";
const B1 = "B1 Quán triệt, triển khai";
const B2 = "B2 Kết quả thực hiện";
const B3 = "B3 Kỷ luật, vi phạm";
const B4 = "B4 Khen thưởng";
const L1 = "L1 Mô hình điển hình";
const L2 = "L2 Đề nghị khen thưởng";

/** The corpus: one entry per case. The files are made by make-corpus.ts. */
export const corpus: CorpusCase[] = [
  {
    file: "ok-CBCS01.xlsx",
    description: "A clean submission written by our template (control case)",
    expect: { findings: [] },
    reads: { "info/submittedAt": 44314, "B1/1/SL": 24, "B2/26/2018": 18.25, "B2/14/2016": false },
  },
  {
    file: "libreoffice-CBCS02.xls",
    description: "The filled template saved by LibreOffice as Excel 97-2003 (.xls)",
    expect: { findings: [{ code: "I_RESAVED" }] },
    reads: { "info/submittedAt": 44314, "B2/26/2018": 18.25, "L2/1/name": "Trần Văn Bình" },
  },
  {
    file: "libreoffice-CBCS03.ods",
    description: "The filled template saved by LibreOffice as OpenDocument (.ods)",
    expect: { findings: [{ code: "I_RESAVED" }] },
    reads: { "info/conferenceDate": 44298, "B3/4/SL": 2, "B1/9/SL": true },
  },
  {
    file: "libreoffice-CBCS04.xlsx",
    description: "The filled template opened and saved again by LibreOffice as .xlsx",
    expect: { findings: [] },
    reads: { "info/submittedAt": 44314, "B4/2.4/SL": 8 },
  },
  {
    file: "encrypted-CBCS05.xls",
    description: "Password-protected .xls saved by LibreOffice",
    expect: { error: "encrypted" },
  },
  {
    file: "encrypted-CBCS05.ods",
    description: "Password-protected .ods saved by LibreOffice",
    expect: { error: "encrypted" },
  },
  {
    file: "encrypted-CBCS05.xlsx",
    description: "Password-protected .xlsx (ECMA-376 agile encryption, as Excel does it)",
    expect: { error: "encrypted" },
  },
  {
    file: "truncated-CBCS06.xlsx",
    description: "A download cut off at 60%",
    expect: { error: "corrupt" },
  },
  {
    file: "corrupt-CBCS07.xlsx",
    description: "Damaged deflate data inside sheet B2 (a bad transfer)",
    expect: { error: "corrupt" },
  },
  {
    file: "zip-bomb.xlsx",
    description: "A template whose L2 sheet expands to 60 MB of blanks (×769)",
    expect: { error: "zipBomb" },
  },
  {
    file: "zip-bomb-lying-sizes.xlsx",
    description: "250 MB of blanks in a sheet whose zip headers claim 4 KB",
    expect: { error: "zipBomb" },
  },
  { file: "empty-file.xlsx", description: "A file of 0 bytes", expect: { error: "empty" } },
  {
    file: "not-a-workbook-CBCS17.xlsx",
    description: "The appendix printed to PDF by LibreOffice and named .xlsx",
    expect: { error: "notWorkbook" },
  },
  {
    file: "empty-workbook.xlsx",
    description: "A new, empty workbook (one blank sheet)",
    expect: { findings: [{ code: "E_TEMPLATE" }, { code: "E_UNIT_MISSING" }] },
  },
  {
    file: "sheets-renamed-CBCS08.xlsx",
    description: "Tabs B2 and L1 renamed ('Bieu 2 (da sua)', 'Sheet1'); found by their titles",
    expect: {
      findings: [
        { code: "I_SHEET_RENAMED", sheet: "Bieu 2 (da sua)" },
        { code: "I_SHEET_RENAMED", sheet: "Sheet1" },
      ],
    },
    reads: { "B2/1/2020": 61, "L1/0/yearStarted": 2017 },
  },
  {
    file: "sheet-deleted-CBCS09.xlsx",
    description: "Sheet B4 deleted",
    expect: { findings: [{ code: "E_SHEET_MISSING", sheet: B4 }] },
    reads: { "B3/1/SL": 4 },
  },
  {
    file: "sheets-reordered-DBCS01.xlsx",
    description: "Sheets reordered (L2, B3, info, B1 first)",
    expect: { findings: [{ code: "I_SHEET_ORDER" }] },
    reads: { "B1/1/SL": 72, "B3/1/SL": 12 },
  },
  {
    file: "rows-inserted-DBCS02.xlsx",
    description: "Two rows inserted in B1 (one with the unit's own note and a number), one in B3",
    expect: {
      findings: [
        { code: "I_ROWS_MOVED", sheet: B1, cell: "A10", indicator: "3" },
        { code: "I_ROWS_MOVED", sheet: B3, cell: "A7", indicator: "1" },
      ],
    },
    reads: { "B1/3/SL": 46, "B1/8/SL": 4, "B3/1.4/SL": 2 },
  },
  {
    file: "row-deleted-DBCS03.xlsx",
    description: "Row 1.3 of B3 deleted",
    expect: {
      findings: [
        { code: "E_ROW_MISSING", sheet: B3, indicator: "1.3" },
        { code: "I_ROWS_MOVED", sheet: B3, cell: "A9", indicator: "1.4" },
      ],
    },
    reads: { "B3/1.4/SL": 2 },
  },
  {
    file: "merged-inputs-DBCS04.xlsx",
    description: "Input cells D6:E6 of B2 merged (Excel keeps the top-left value only)",
    expect: { findings: [{ code: "E_REQUIRED", sheet: B2, cell: "E6", indicator: "1" }] },
    reads: { "B2/1/2016": 110 },
  },
  {
    file: "text-numbers-vi-DBCS05.xlsx",
    description:
      'Numbers typed as text, Vietnamese writing: "2.900", " 2.750 ", "912,5", "1.137,5"',
    expect: {
      findings: [
        { code: "W_TEXT_NUMBER", sheet: B1, cell: "D10" },
        { code: "W_TEXT_NUMBER", sheet: B2, cell: "D6" },
        { code: "W_TEXT_NUMBER", sheet: B2, cell: "F34" },
        { code: "W_TEXT_NUMBER", sheet: B2, cell: "H34" },
      ],
    },
    reads: { "B1/5/SL": 2900, "B2/1/2016": 2750, "B2/26/2018": 912.5, "B2/26/2020": 1137.5 },
  },
  {
    file: "text-numbers-en-DBCS06.xlsx",
    description: 'Numbers typed as text, English writing: "2,900", "2,750", "1,137.5"',
    expect: {
      findings: [
        { code: "W_TEXT_NUMBER", sheet: B1, cell: "D10" },
        { code: "W_TEXT_NUMBER", sheet: B2, cell: "D6" },
        { code: "W_TEXT_NUMBER", sheet: B2, cell: "H34" },
      ],
    },
    reads: { "B1/5/SL": 2900, "B2/1/2016": 2750, "B2/26/2020": 1137.5 },
  },
  {
    file: "nfd-text-DBCS07.xlsx",
    description: "Every text (labels, headers, values, tab names) in Unicode NFD",
    expect: { findings: [] },
    reads: {
      "info/unitName": "Đảng bộ Kho bạc Nhà nước tỉnh",
      "info/preparer": "Nguyễn Thị Hằng",
      "B1/9/SL": true,
      "L1/0/field": "Văn hóa công sở",
    },
  },
  {
    file: "tcvn3-values-DBCS08.xlsx",
    description: "Some values typed in the TCVN3 (.VnTime) legacy encoding",
    expect: {
      findings: [
        { code: "W_LEGACY_ENCODING", sheet: INFO, cell: "C6" },
        { code: "W_LEGACY_ENCODING", sheet: INFO, cell: "C13" },
        { code: "W_LEGACY_ENCODING", sheet: L1, cell: "E5" },
        { code: "W_LEGACY_ENCODING", sheet: L2, cell: "C6" },
      ],
    },
    reads: { "info/unitName": "Đảng bộ Cục Thuế tỉnh", "L2/1/name": "Trần Văn Bình" },
  },
  {
    file: "tcvn3-whole-workbook-DBCS09.xlsx",
    description: "The whole workbook retyped in TCVN3: labels, headers and values",
    expect: {
      findings: [
        { code: "W_LEGACY_ENCODING", sheet: INFO, cell: "C6" },
        { code: "W_LEGACY_ENCODING", sheet: INFO, cell: "C13" },
        { code: "W_LEGACY_ENCODING", sheet: B2, cell: "D26" },
        { code: "W_LEGACY_ENCODING", sheet: L1, cell: "B5" },
        { code: "W_LEGACY_ENCODING", sheet: L2, cell: "F6" },
      ],
    },
    reads: {
      "info/unitName": "Đảng bộ Công ty Cổ phần Cấp nước tỉnh",
      "B2/19/2016": false,
      "B2/19/2017": true,
      "L2/0/kind": "Tập thể",
    },
  },
  {
    file: "cell-errors-CBCS10.xlsx",
    description: "#REF!, #DIV/0! and #N/A cached in input cells",
    expect: {
      findings: [
        { code: "E_CELL_ERROR", sheet: B1, cell: "D7", indicator: "2" },
        { code: "E_CELL_ERROR", sheet: B2, cell: "E9", indicator: "4" },
        { code: "E_CELL_ERROR", sheet: INFO, cell: "C9" },
      ],
    },
    producedByIssue: [
      { code: "E_REQUIRED", sheet: B1, cell: "D7" },
      { code: "E_REQUIRED", sheet: B2, cell: "E9" },
      { code: "E_REQUIRED", sheet: INFO, cell: "C9" },
    ],
  },
  {
    file: "formulas-in-inputs-CBCS11.xlsx",
    description: "Formulas typed where values belong (=20+4, =SUM(D7:D10), a text formula)",
    expect: {
      findings: [
        { code: "W_FORMULA", sheet: B1, cell: "D6" },
        { code: "W_FORMULA", sheet: B3, cell: "D6" },
        { code: "W_FORMULA", sheet: INFO, cell: "C13" },
      ],
    },
    reads: { "B1/1/SL": 24, "B3/1/SL": 4, "info/preparer": "Nguyễn Thị Hằng" },
  },
  {
    file: "absurd-values-CBCS12.xlsx",
    description: "2.5 meetings, a monthly income of 50,000 million, -2 violations, 10^15 awards",
    expect: {
      findings: [
        { code: "E_TYPE", sheet: B1, cell: "D7", indicator: "2" },
        { code: "E_BOUND", sheet: B2, cell: "H25", indicator: "18" },
        { code: "E_BOUND", sheet: B3, cell: "D7", indicator: "1.1" },
        { code: "E_SUM", sheet: B3, cell: "D6", indicator: "1" },
        { code: "E_SUM", sheet: B4, cell: "D12", indicator: "2" },
      ],
    },
    producedByIssue: [{ code: "E_REQUIRED", sheet: B1, cell: "D7" }],
  },
  {
    file: "dates-as-text-CBCS13.xlsx",
    description: 'Dates typed as text: "12/4/2021", "28/04/2021"',
    expect: { findings: [] },
    reads: { "info/conferenceDate": 44298, "info/submittedAt": 44314 },
  },
  {
    file: "dates-as-serials-CBCS14.xlsx",
    description: "Dates pasted as bare serial numbers (date format lost)",
    expect: { findings: [] },
    reads: { "info/conferenceDate": 44298, "info/submittedAt": 44314 },
  },
  {
    file: "date-impossible-DBCS10.xlsx",
    description: 'A date that does not exist: "31/02/2021"',
    expect: { findings: [{ code: "E_TYPE", sheet: INFO, cell: "C11" }] },
    producedByIssue: [{ code: "E_REQUIRED", sheet: INFO, cell: "C11" }],
  },
  {
    file: "wrong-version-CBCS15.xlsx",
    description: "A template of the outline's older version 0.9.0",
    expect: { findings: [{ code: "W_VERSION" }] },
  },
  {
    file: "other-campaign.xlsx",
    description: "A filled template of another campaign (outline 'mini-outline')",
    expect: { findings: [{ code: "E_TEMPLATE" }, { code: "E_UNIT_MISSING" }] },
  },
  {
    file: "unknown-unit-ZZ99.xlsx",
    description: "A unit code not in the registry (ZZ99)",
    expect: { findings: [{ code: "E_UNIT_UNKNOWN" }] },
  },
  {
    file: "bao-cao-khong-ma.xlsx",
    description: "No unit code or name anywhere, and a file name without one",
    expect: {
      findings: [
        { code: "E_UNIT_MISSING" },
        { code: "E_REQUIRED", sheet: INFO, cell: "C5" },
        { code: "E_REQUIRED", sheet: INFO, cell: "C6" },
      ],
    },
  },
  {
    file: ["duplicate-CBCS16-a.xlsx", "duplicate-CBCS16-b.xlsx"],
    description: "Two submissions of one unit (26/4 and 28/4): the latest wins",
    expect: { findings: [{ code: "W_DUPLICATE" }] },
    reads: { "B1/1/SL": 48 },
  },
  {
    file: "reports-elsewhere-CBTT01.xlsx",
    description: "A chi bộ trực thuộc, which reports through its đảng bộ, sent its file here",
    expect: { findings: [{ code: "W_NOT_EXPECTED" }] },
  },
  {
    file: "late-DBCS12.xlsx",
    description: "Sent on 11/5/2021, due before 05/5/2021",
    expect: { findings: [{ code: "W_LATE" }] },
  },
  {
    file: "formula-like-text-CBCS18.xlsx",
    description: "Text cells starting with =, +, - and @ (a phone number, a HYPERLINK, …)",
    expect: {
      findings: [
        { code: "I_FORMULA_TEXT", sheet: INFO, cell: "C14" },
        { code: "I_FORMULA_TEXT", sheet: L1, cell: "E5" },
        { code: "I_FORMULA_TEXT", sheet: L2, cell: "D5" },
        { code: "I_FORMULA_TEXT", sheet: L2, cell: "E6" },
      ],
    },
    reads: {
      "info/phone": "+84 236 3822 123",
      "L1/0/result": '=HYPERLINK("http://example.invalid","Bấm vào đây")',
      "L2/0/position": "-Trưởng phòng-",
    },
  },
  {
    file: "csv-B1-DBCS13.csv",
    description: "Only sheet B1, saved by LibreOffice as CSV (unit code from the file name)",
    expect: {
      findings: [
        { code: "E_SHEET_MISSING", sheet: INFO },
        { code: "E_SHEET_MISSING", sheet: B2 },
        { code: "E_SHEET_MISSING", sheet: B3 },
        { code: "E_SHEET_MISSING", sheet: B4 },
        { code: "E_SHEET_MISSING", sheet: L1 },
        { code: "E_SHEET_MISSING", sheet: L2 },
        { code: "W_NO_SUBMIT_DATE" },
        { code: "I_RESAVED" },
        { code: "I_META_MISSING" },
      ],
    },
    reads: { "B1/1/SL": 24, "B1/9/SL": true },
  },
  {
    file: "percent/percent-fraction-DBCS14.xlsx",
    campaign: "percent",
    description: "A typed percentage entered as 0.95 (95%)",
    expect: { findings: [] },
    reads: { "B1/12/SL": 0.95 },
  },
  {
    file: "percent/percent-as-95-DBCS14.xlsx",
    campaign: "percent",
    description: "A typed percentage entered as 95",
    expect: { findings: [{ code: "W_PERCENT_SCALE", sheet: B1, cell: "D24" }] },
    reads: { "B1/12/SL": 0.95 },
  },
  {
    file: "percent/percent-as-text-DBCS14.xlsx",
    campaign: "percent",
    description: 'A typed percentage entered as the text "95,5%"',
    expect: { findings: [{ code: "W_TEXT_NUMBER", sheet: B1, cell: "D24" }] },
    reads: { "B1/12/SL": 0.955 },
  },
  {
    file: "percent/percent-over-100-DBCS14.xlsx",
    campaign: "percent",
    description: "A typed percentage of 250 (neither a fraction nor a percent)",
    expect: { findings: [{ code: "E_BOUND", sheet: B1, cell: "D24" }] },
  },
];

/** Every file name the corpus entries use, for checks that each committed file is described. */
export const corpusFiles = corpus.flatMap((c) => (Array.isArray(c.file) ? c.file : [c.file]));
