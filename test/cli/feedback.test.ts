/**
 * `phuluc feedback` on real .xlsx files: one workbook per unit with problems, none for a clean
 * unit, each naming the cell, the value found and what is expected, set up to print on A4.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { readWorkbook, writePlan } from "../../src/io";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";
import { phuluc } from "./phuluc";

describe("phuluc feedback", () => {
  let dir: string;
  const all = generateSampleUnits(embeddedCampaign);
  const clean = all.filter((s) => s.mistakes.length === 0).slice(0, 3);
  const negative = all.find((s) => s.mistakes.includes("negative"))!;
  const rule = all.find((s) => s.mistakes.includes("ruleBroken") && s !== negative)!;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "phuluc-feedback-"));
    for (const s of [...clean, negative, rule]) {
      writeFileSync(
        join(dir, s.fileName),
        await writePlan(
          buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled }),
        ),
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one workbook per unit with findings and nothing for clean units", () => {
    const out = join(dir, "phan-hoi");
    const r = phuluc(["feedback", dir, "-o", out, "--as-of", "2021-05-29", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      asOf: string;
      feedback: Array<{ unit: string; file: string; errors: number }>;
      clean: number;
    };
    expect(json.asOf).toBe("29/05/2021");
    expect(json.feedback.map((f) => f.unit).sort()).toEqual(
      [negative.unit.code, rule.unit.code].sort(),
    );
    expect(json.clean).toBe(clean.length);
    expect(readdirSync(out).sort()).toEqual(
      [negative, rule].map((s) => `phan-hoi-${s.unit.code}.xlsx`).sort(),
    );

    const bytes = readFileSync(join(out, `phan-hoi-${negative.unit.code}.xlsx`));
    const book = readWorkbook(new Uint8Array(bytes), "phan-hoi.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["Phản hồi"]);
    const rows = book.sheets[0].rows.map((row) => row.map((c) => (c === null ? "" : String(c))));
    const text = rows.map((row) => row.join(" | ")).join("\n");
    expect(text).toContain(`Kính gửi: ${negative.unit.code} — ${negative.unit.name}`);
    expect(text).toContain(`Tệp đã nhận: ${negative.fileName}`);
    // The negative value, in its cell, with what is expected in words.
    const row = rows.find((r) => /không được nhỏ hơn 0/.test(r[5] ?? ""))!;
    expect(row[2]).toMatch(/^[A-Z]+\d+$/);
    expect(Number(row[4])).toBeLessThan(0);
    expect(row[6]).toBe("Lỗi");

    // Printable: A4 landscape, fitted to the page width.
    const sheetXml = strFromU8(unzipSync(new Uint8Array(bytes))["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]*fitToWidth="1"/);

    const ruleBook = readWorkbook(
      new Uint8Array(readFileSync(join(out, `phan-hoi-${rule.unit.code}.xlsx`))),
      "r.xlsx",
    );
    const ruleText = ruleBook.sheets[0].rows.flat().map(String).join("\n");
    expect(ruleText).toMatch(/: ghi [\d.,]+, (không được|phải) [^\n]*[\d.,]+/);
    expect(ruleText).not.toMatch(/\[\d+\]|so với|<=|>=/);
  });

  it("prints a line per file written and says how many units need none", () => {
    const out = join(dir, "phan-hoi-2");
    const r = phuluc(["feedback", dir, "-o", out, "--as-of", "29/05/2021"]);
    expect(r.stdout).toContain(`phan-hoi-${negative.unit.code}.xlsx: ${negative.unit.code} — `);
    expect(r.stdout).toContain(`${clean.length} đơn vị không có lỗi, không cần phiếu`);
  });
});
