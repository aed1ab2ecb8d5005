/**
 * Makes the bad-input corpus in test/corpus/files/ (run: `npx tsx test/corpus/make-corpus.ts`).
 *
 * Every file starts from a real workbook: our template of the embedded campaign, filled by
 * `writePlan`, then damaged the way units and their software damage files — by editing the
 * .xlsx XML directly where our writer cannot express the damage, or by LibreOffice (headless,
 * throwaway profile) for .xls, .ods, CSV, password-protected files and a foreign document.
 * What each file is and what Phụ lục must do with it is in expected.ts.
 *
 * Files we zip ourselves are byte-identical on every run; files saved by LibreOffice carry its
 * own timestamps. Needs LibreOffice (`soffice`) for the LibreOffice cases (skipped without it,
 * with a message). The 200,000-row sheet is made at test time (see bigSheet.ts).
 */
import { planSheet } from "../../src/io/xlsxWriter/planFixtures.testutil";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { writePlan } from "../../src/io/writePlan";
import { buildTemplatePlan, type FilledValues } from "../../src/shared/plan/buildTemplatePlan";
import type { Campaign, PlanValue, WorkbookPlan } from "../../src/shared/model";
import { encodeLegacyText } from "../../src/shared/text/encodeLegacyText";
import { miniCampaign } from "../fixtures/miniCampaign";
import { miniValues } from "../pipeline/helpers";
import { convertWithLibreOffice, findSoffice } from "../io/helpers";
import { corpusCampaigns, TYPED_PERCENT } from "./campaigns";
import { encryptXlsx } from "./encryptXlsx";
import { SERIAL, unitOf, unitValues } from "./unitValues";
import {
  addMerges,
  deleteRow,
  insertRows,
  mapSharedStrings,
  setCell,
  XlsxParts,
} from "./xlsxParts";
import { CORPUS_DIR } from "./paths";

const embedded = corpusCampaigns.embedded;
const SHEET = {
  info: "Thông tin đơn vị",
  b1: "B1 Quán triệt, triển khai",
  b2: "B2 Kết quả thực hiện",
  b3: "B3 Kỷ luật, vi phạm",
  b4: "B4 Khen thưởng",
  l1: "L1 Mô hình điển hình",
  l2: "L2 Đề nghị khen thưởng",
};

type Filled = Required<FilledValues>;

/** A unit's clean values, changed by `edit` (the unit's own mistakes, typed by hand). */
function filledFor(code: string, k = 1, edit?: (f: Filled) => void, campaign = embedded): Filled {
  const f = unitValues(unitOf(campaign, code), k);
  edit?.(f);
  return f;
}

/** The .xlsx of a unit's template filled with values, as our writer makes it. */
async function templateFile(
  code: string | undefined,
  filled: FilledValues,
  campaign: Campaign = embedded,
): Promise<Uint8Array> {
  return writePlan(buildTemplatePlan(campaign, { unitCode: code, filled }));
}

const set = (f: Filled, sheet: string, code: string, col: string, v: PlanValue) => {
  f.values[sheet][code] = { ...f.values[sheet][code], [col]: v };
};

/** One corpus file: its name under files/ and how to make its bytes. */
interface Recipe {
  file: string;
  make: (tools: Tools) => Promise<Uint8Array | undefined> | Uint8Array | undefined;
}

interface Tools {
  /** LibreOffice, or undefined when it is not installed (those files are then left as they are). */
  soffice?: string;
  work: string;
}

/** Writes bytes to a scratch file so LibreOffice can open it. */
function scratch(tools: Tools, name: string, bytes: Uint8Array): string {
  const path = join(tools.work, name);
  writeFileSync(path, bytes);
  return path;
}

const recipes: Recipe[] = [
  // A clean submission: the control case, no findings at all.
  { file: "ok-CBCS01.xlsx", make: () => templateFile("CBCS01", filledFor("CBCS01")) },

  // Saved by LibreOffice in other formats.
  ...(["xls", "ods", "xlsx"] as const).map((ext, i): Recipe => ({
    file: `libreoffice-CBCS0${i + 2}.${ext}`,
    make: async (t) => {
      if (!t.soffice) return undefined;
      const code = `CBCS0${i + 2}`;
      const src = scratch(t, `${code}-${ext}.xlsx`, await templateFile(code, filledFor(code)));
      // LibreOffice names its output after the input; convert from .ods for a LibreOffice .xlsx.
      if (ext !== "xlsx") return convertWithLibreOffice(t.soffice, src, ext);
      const ods = scratch(t, `${code}-via.ods`, convertWithLibreOffice(t.soffice, src, "ods"));
      return convertWithLibreOffice(t.soffice, ods, "xlsx");
    },
  })),

  // Password-protected: LibreOffice stores .xls and .ods with a password; .xlsx is ECMA-376 agile.
  ...(["xls", "ods"] as const).map((ext): Recipe => ({
    file: `encrypted-CBCS05.${ext}`,
    make: async (t) => {
      if (!t.soffice) return undefined;
      const src = scratch(t, `enc-${ext}.xlsx`, await templateFile("CBCS05", filledFor("CBCS05")));
      return saveWithPassword(t, src, ext);
    },
  })),
  {
    file: "encrypted-CBCS05.xlsx",
    make: async () => encryptXlsx(await templateFile("CBCS05", filledFor("CBCS05")), "secret"),
  },

  // Damaged downloads and archives.
  {
    file: "truncated-CBCS06.xlsx",
    make: async () => {
      const whole = await templateFile("CBCS06", filledFor("CBCS06"));
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
  },
  {
    file: "corrupt-CBCS07.xlsx",
    make: async () =>
      corruptDeflate(await templateFile("CBCS07", filledFor("CBCS07")), "xl/worksheets/sheet3.xml"),
  },
  {
    file: "zip-bomb.xlsx",
    make: async () => zipBomb(await templateFile("CBCS08", filledFor("CBCS08")), false),
  },
  {
    file: "zip-bomb-lying-sizes.xlsx",
    make: async () => zipBomb(await templateFile("CBCS08", filledFor("CBCS08")), true),
  },
  { file: "empty-file.xlsx", make: () => new Uint8Array(0) },
  {
    // The unit printed its appendix to PDF and named it .xlsx.
    file: "not-a-workbook-CBCS17.xlsx",
    make: async (t) => {
      if (!t.soffice) return undefined;
      const src = scratch(t, "CBCS17.xlsx", await templateFile("CBCS17", filledFor("CBCS17")));
      return convertWithLibreOffice(t.soffice, src, "pdf");
    },
  },
  {
    file: "empty-workbook.xlsx",
    make: () => writePlan(emptyWorkbookPlan()),
  },

  // Sheets renamed, deleted, reordered by the unit.
  {
    file: "sheets-renamed-CBCS08.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("CBCS08", filledFor("CBCS08")));
      x.renameSheet(SHEET.b2, "Bieu 2 (da sua)");
      x.renameSheet(SHEET.l1, "Sheet1");
      return x.bytes();
    },
  },
  {
    file: "sheet-deleted-CBCS09.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("CBCS09", filledFor("CBCS09")));
      x.deleteSheet(SHEET.b4);
      return x.bytes();
    },
  },
  {
    file: "sheets-reordered-DBCS01.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("DBCS01", filledFor("DBCS01", 3)));
      x.reorderSheets([SHEET.l2, SHEET.b3, SHEET.info, SHEET.b1]);
      return x.bytes();
    },
  },

  // Rows inserted (with the unit's own note) and deleted.
  {
    file: "rows-inserted-DBCS02.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("DBCS02", filledFor("DBCS02", 2)));
      x.editSheet(SHEET.b1, (xml) =>
        insertRows(xml, 8, 2).replace(
          '<row r="10"',
          '<row r="8"><c r="B8" t="inlineStr"><is><t>Ghi chú của đơn vị: số liệu tạm tính</t></is></c><c r="D8"><v>99</v></c></row><row r="10"',
        ),
      );
      x.editSheet(SHEET.b3, (xml) => insertRows(xml, 5, 1));
      return x.bytes();
    },
  },
  {
    file: "row-deleted-DBCS03.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("DBCS03", filledFor("DBCS03", 2)));
      x.editSheet(SHEET.b3, (xml) => deleteRow(xml, 9)); // 1.3, whose value is 0
      return x.bytes();
    },
  },

  // Input cells merged: Excel keeps the top-left value only.
  {
    file: "merged-inputs-DBCS04.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("DBCS04", filledFor("DBCS04", 2)));
      x.editSheet(SHEET.b2, (xml) => addMerges(setCell(xml, "E6", undefined, ""), ["D6:E6"]));
      return x.bytes();
    },
  },

  // Numbers typed as text, Vietnamese and English writing.
  {
    file: "text-numbers-vi-DBCS05.xlsx",
    make: () =>
      templateFile(
        "DBCS05",
        filledFor("DBCS05", 50, (f) => {
          set(f, "B1", "5", "SL", "2.900");
          set(f, "B2", "1", "2016", " 2.750 ");
          set(f, "B2", "26", "2018", "912,5");
          set(f, "B2", "26", "2020", "1.137,5");
        }),
      ),
  },
  {
    file: "text-numbers-en-DBCS06.xlsx",
    make: () =>
      templateFile(
        "DBCS06",
        filledFor("DBCS06", 50, (f) => {
          set(f, "B1", "5", "SL", "2,900");
          set(f, "B2", "1", "2016", "2,750");
          set(f, "B2", "26", "2020", "1,137.5");
        }),
      ),
  },

  // Text in Unicode NFD (labels, tab names, values) and in the TCVN3 legacy encoding.
  {
    file: "nfd-text-DBCS07.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("DBCS07", filledFor("DBCS07")));
      mapSharedStrings(x, (s) => s.normalize("NFD"));
      x.edit("xl/workbook.xml", (xml) =>
        xml.replace(/name="([^"]*)"/g, (_m, n: string) => `name="${n.normalize("NFD")}"`),
      );
      return x.bytes();
    },
  },
  {
    file: "tcvn3-values-DBCS08.xlsx",
    make: () =>
      templateFile(
        "DBCS08",
        filledFor("DBCS08", 1, (f) => {
          const tcvn3 = (s: PlanValue) =>
            typeof s === "string" ? encodeLegacyText(s, "tcvn3") : s;
          f.info.unitName = tcvn3(f.info.unitName);
          f.info.preparer = tcvn3(f.info.preparer);
          f.lists.L1[0].result = tcvn3(f.lists.L1[0].result);
          f.lists.L2[1].name = tcvn3(f.lists.L2[1].name);
        }),
      ),
  },
  {
    file: "tcvn3-whole-workbook-DBCS09.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("DBCS09", filledFor("DBCS09")));
      mapSharedStrings(x, (s) => encodeLegacyText(s, "tcvn3"));
      return x.bytes();
    },
  },

  // Excel errors cached in input cells, formulas where values belong.
  {
    file: "cell-errors-CBCS10.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("CBCS10", filledFor("CBCS10")));
      x.editSheet(SHEET.b1, (xml) => setCell(xml, "D7", "e", "<f>#REF!*2</f><v>#REF!</v>"));
      x.editSheet(SHEET.b2, (xml) => setCell(xml, "E9", "e", "<f>E6/0</f><v>#DIV/0!</v>"));
      x.editSheet(SHEET.info, (xml) =>
        setCell(xml, "C9", "e", "<f>VLOOKUP(1,A1:A2,2,0)</f><v>#N/A</v>"),
      );
      return x.bytes();
    },
  },
  {
    file: "formulas-in-inputs-CBCS11.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("CBCS11", filledFor("CBCS11")));
      x.editSheet(SHEET.b1, (xml) => setCell(xml, "D6", undefined, "<f>20+4</f><v>24</v>"));
      x.editSheet(SHEET.b3, (xml) => setCell(xml, "D6", undefined, "<f>SUM(D7:D10)</f><v>4</v>"));
      x.editSheet(SHEET.info, (xml) =>
        setCell(xml, "C13", "str", '<f>"Nguyễn Thị "&amp;"Hằng"</f><v>Nguyễn Thị Hằng</v>'),
      );
      return x.bytes();
    },
  },

  // Negative and absurd values.
  {
    file: "absurd-values-CBCS12.xlsx",
    make: () =>
      templateFile(
        "CBCS12",
        filledFor("CBCS12", 1, (f) => {
          set(f, "B1", "2", "SL", 2.5); // half a meeting
          set(f, "B2", "18", "2020", 50000); // monthly income of 50 billion đồng
          set(f, "B3", "1.1", "SL", -2); // negative count: the parent no longer adds up
          set(f, "B4", "2.1", "SL", 1e15);
        }),
      ),
  },

  // Dates as text, as bare serials, and a date that does not exist.
  {
    file: "dates-as-text-CBCS13.xlsx",
    make: () =>
      templateFile(
        "CBCS13",
        filledFor("CBCS13", 1, (f) => {
          f.info.conferenceDate = "12/4/2021";
          f.info.submittedAt = "28/04/2021";
        }),
      ),
  },
  {
    file: "dates-as-serials-CBCS14.xlsx",
    make: async () => {
      const x = XlsxParts.of(await templateFile("CBCS14", filledFor("CBCS14")));
      // The unit pasted values over the cells: the numbers stay, the date format is gone.
      x.editSheet(SHEET.info, (xml) =>
        xml
          .replace(/<c r="C11"[^>]*?(\/>|>.*?<\/c>)/, `<c r="C11"><v>${SERIAL.conference}</v></c>`)
          .replace(/<c r="C12"[^>]*?(\/>|>.*?<\/c>)/, `<c r="C12"><v>${SERIAL.submitted}</v></c>`),
      );
      return x.bytes();
    },
  },
  {
    file: "date-impossible-DBCS10.xlsx",
    make: () =>
      templateFile(
        "DBCS10",
        filledFor("DBCS10", 1, (f) => {
          f.info.conferenceDate = "31/02/2021";
        }),
      ),
  },

  // Templates that are not this campaign's current one.
  {
    file: "wrong-version-CBCS15.xlsx",
    make: () => {
      const old = { ...embedded, outline: { ...embedded.outline, version: "0.9.0" } };
      return templateFile("CBCS15", filledFor("CBCS15"), old);
    },
  },
  {
    file: "other-campaign.xlsx",
    make: () => templateFile("CBCS01", miniValues("CBCS01", "CBCS", "CQ", 2), miniCampaign),
  },

  // Unit identity problems.
  {
    file: "unknown-unit-ZZ99.xlsx",
    make: () =>
      templateFile(
        undefined,
        unitValues({
          code: "ZZ99",
          name: "Chi bộ Công ty không có trong danh sách",
          level: "CBCS",
          type: "CQ",
          supervisor: "",
        }),
      ),
  },
  {
    file: "bao-cao-khong-ma.xlsx",
    make: () =>
      templateFile(
        undefined,
        filledFor("DBCS11", 1, (f) => {
          f.info.unitCode = null;
          f.info.unitName = null;
        }),
      ),
  },
  {
    file: "duplicate-CBCS16-a.xlsx",
    make: () =>
      templateFile(
        "CBCS16",
        filledFor("CBCS16", 1, (f) => {
          f.info.submittedAt = SERIAL.submitted - 2;
        }),
      ),
  },
  { file: "duplicate-CBCS16-b.xlsx", make: () => templateFile("CBCS16", filledFor("CBCS16", 2)) },
  {
    file: "reports-elsewhere-CBTT01.xlsx",
    make: () => templateFile("CBTT01", filledFor("CBTT01")),
  },

  // Deadlines.
  {
    file: "late-DBCS12.xlsx",
    make: () =>
      templateFile(
        "DBCS12",
        filledFor("DBCS12", 1, (f) => {
          f.info.submittedAt = SERIAL.submitted + 13; // 11/5/2021
        }),
      ),
  },

  // Text that a careless writer would turn into a formula.
  {
    file: "formula-like-text-CBCS18.xlsx",
    make: () =>
      templateFile(
        "CBCS18",
        filledFor("CBCS18", 1, (f) => {
          f.info.phone = "+84 236 3822 123";
          f.lists.L1[0].result = '=HYPERLINK("http://example.invalid","Bấm vào đây")';
          f.lists.L2[0].position = "-Trưởng phòng-";
          f.lists.L2[1].achievement = "@Đoàn Thanh niên: 3 năm liền xuất sắc";
        }),
      ),
  },

  // One sheet sent as CSV by LibreOffice.
  {
    file: "csv-B1-DBCS13.csv",
    make: async (t) => {
      if (!t.soffice) return undefined;
      const src = scratch(t, "DBCS13.xlsx", await templateFile("DBCS13", filledFor("DBCS13")));
      return sheetAsCsv(t, src, 2);
    },
  },

  // Typed percentages (campaign "percent": B1 has a typed percentage, code 12, in D24).
  ...percentRecipes(),
];

function percentRecipes(): Recipe[] {
  const campaign = corpusCampaigns.percent;
  const filled = (v: PlanValue) =>
    filledFor("DBCS14", 1, (f) => set(f, "B1", TYPED_PERCENT, "SL", v), campaign);
  return [
    {
      file: "percent/percent-fraction-DBCS14.xlsx",
      make: () => templateFile("DBCS14", filled(0.95), campaign),
    },
    {
      file: "percent/percent-as-95-DBCS14.xlsx",
      make: () => templateFile("DBCS14", filled(95), campaign),
    },
    {
      file: "percent/percent-as-text-DBCS14.xlsx",
      make: () => templateFile("DBCS14", filled("95,5%"), campaign),
    },
    {
      file: "percent/percent-over-100-DBCS14.xlsx",
      make: () => templateFile("DBCS14", filled(250), campaign),
    },
  ];
}

/** A workbook with one empty sheet, as a unit's "Book1" would be. */
function emptyWorkbookPlan(): WorkbookPlan {
  return {
    sheets: [planSheet({ name: "Sheet1" })],
    styles: {},
    names: [],
    properties: { title: "", creator: "", created: "2021-05-01T00:00:00.000Z" },
  };
}

/** Flips bytes in the middle of one entry's deflate data (a bad sector, a bad transfer). */
function corruptDeflate(zip: Uint8Array, entry: string): Uint8Array {
  const out = zip.slice();
  const name = strToU8(entry);
  const view = new DataView(out.buffer);
  for (let p = 0; p + 30 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(p + 26, true);
    const extra = view.getUint16(p + 28, true);
    const found = out.subarray(p + 30, p + 30 + nameLength);
    if (found.length !== name.length || !found.every((b, i) => b === name[i])) continue;
    const start = p + 30 + nameLength + extra;
    const size = view.getUint32(p + 18, true);
    for (let i = Math.floor(size / 3); i < Math.floor(size / 3) + 64; i++) out[start + i] ^= 0x5a;
    return out;
  }
  throw new Error(`no entry ${entry}`);
}

/**
 * A template whose L2 sheet is padded with whitespace up to hundreds of megabytes, which deflate
 * packs ~1000 times. With `lie`, every size field claims the padded part is small, as crafted
 * bombs do to get past checks that trust the directory.
 */
function zipBomb(template: Uint8Array, lie: boolean): Uint8Array {
  const x = XlsxParts.of(template);
  const path = x.sheetPath(SHEET.l2);
  const [head, tail] = x.text(path).split("</worksheet>");
  const pad = (lie ? 250 : 60) * 1024 * 1024;
  const big = new Uint8Array(pad + head.length * 4 + 64);
  const start = strToU8(head);
  const end = strToU8(`</worksheet>${tail}`);
  big.set(start);
  big.fill(0x20, start.length, start.length + pad);
  big.set(end, start.length + pad);
  const part = big.subarray(0, start.length + pad + end.length);
  x.setBytes(path, part);
  const zip = x.bytes();
  if (!lie) return zip;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const claim = 4096;
  for (let p = 0; p + 46 < zip.length; p++) {
    const sig = view.getUint32(p, true);
    if (sig === 0x04034b50 && view.getUint32(p + 22, true) === part.length)
      view.setUint32(p + 22, claim, true);
    if (sig === 0x02014b50 && view.getUint32(p + 24, true) === part.length)
      view.setUint32(p + 24, claim, true);
  }
  return zip;
}

/**
 * One sheet (1-based) saved as UTF-8 CSV by LibreOffice: 44 = ",", 34 = '"', 76 = UTF-8, sheet
 * number as the 12th token (LibreOffice then names the output after the sheet).
 */
function sheetAsCsv(t: Tools, src: string, sheet: number): Uint8Array {
  const out = join(t.work, `csv-${sheet}`);
  execFileSync(
    t.soffice!,
    [
      `-env:UserInstallation=file://${join(t.work, "profile-csv")}`,
      "--headless",
      "--convert-to",
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`,
      "--outdir",
      out,
      src,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  const [file] = readdirSync(out);
  return new Uint8Array(readFileSync(join(out, file)));
}

/**
 * Stores a file with the password "secret" through a LibreOffice Basic macro in the throwaway
 * profile (the command line cannot set a password).
 */
function saveWithPassword(t: Tools, src: string, ext: "xls" | "ods"): Uint8Array {
  const profile = join(t.work, "profile-password");
  const lo = (...args: string[]) =>
    execFileSync(t.soffice!, [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
      stdio: "pipe",
      timeout: 120_000,
    });
  lo("--terminate_after_init");
  const basic = join(profile, "user", "basic", "Standard");
  mkdirSync(basic, { recursive: true });
  writeFileSync(
    join(basic, "Module1.xba"),
    `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveEncrypted(src As String, dst As String, filter As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  Dim p(1) As New com.sun.star.beans.PropertyValue
  p(0).Name = &quot;FilterName&quot;
  p(0).Value = filter
  p(1).Name = &quot;Password&quot;
  p(1).Value = &quot;secret&quot;
  doc.storeToURL(ConvertToURL(dst), p())
  doc.close(True)
End Sub
</script:module>
`,
  );
  const dst = join(t.work, `encrypted.${ext}`);
  const filter = ext === "xls" ? "MS Excel 97" : "calc8";
  lo(`macro:///Standard.Module1.SaveEncrypted("${src}","${dst}","${filter}")`);
  return new Uint8Array(readFileSync(dst));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const soffice = findSoffice();
  if (!soffice)
    process.stderr.write("LibreOffice not found: the LibreOffice cases are left as they are.\n");
  const work = mkdtempSync(join(tmpdir(), "phuluc-corpus-"));
  try {
    mkdirSync(join(CORPUS_DIR, "percent"), { recursive: true });
    for (const recipe of recipes) {
      if (only.length > 0 && !only.includes(recipe.file)) continue;
      const bytes = await recipe.make({ soffice, work });
      if (!bytes) continue;
      writeFileSync(join(CORPUS_DIR, recipe.file), bytes);
      process.stdout.write(`${recipe.file.padEnd(40)} ${String(bytes.length).padStart(9)} B\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
