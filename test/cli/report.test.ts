import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { writePlan } from "../../src/io";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import type { DraftReport } from "../../src/shared/report/draftTypes";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";
import { convertWithLibreOffice, findSoffice } from "../io/helpers";
import { phuluc } from "./phuluc";

/** LibreOffice with Writer: the .docx must open there as it opens in Word. */
const soffice = findSoffice();
const writer =
  soffice !== undefined &&
  spawnSync("sh", ["-c", "ls /usr/lib/libreoffice/program/ | grep -q '^libswlo'"]).status === 0;
if (!writer && process.env.CI)
  throw new Error(
    "LibreOffice Writer (libreoffice-writer-nogui) is required in CI for the report test",
  );
if (!writer)
  console.warn(
    "⚠ LibreOffice Writer not installed: SKIPPING the .docx → PDF conversion of the drafted report",
  );
const withWriter = writer ? it : it.skip;

/** The text of a document.xml, paragraph by paragraph. */
function paragraphs(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)["word/document.xml"]);
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) =>
    [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

describe("phuluc report", () => {
  let dir: string;
  let units: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "phuluc-report-"));
    units = join(dir, "don-vi");
    spawnSync("mkdir", [units]);
    for (const s of generateSampleUnits(embeddedCampaign))
      writeFileSync(
        join(units, s.fileName),
        await writePlan(
          buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled }),
        ),
      );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a Word draft laid out as a Party report, with every drafted figure, the same bytes each time", () => {
    const out = join(dir, "bao-cao.docx");
    const r = phuluc(["report", units, "-o", out, "--as-of", "2021-05-06", "--json"]);
    expect(r.stderr).toBe("");
    const { draft, exemplary, calendar } = JSON.parse(r.stdout) as {
      draft: DraftReport;
      exemplary: { candidates: Array<{ unit: { code: string }; errors: number }> };
      calendar: { noDate: unknown[]; weeks: Array<{ entries: unknown[] }> };
    };
    expect(exemplary.candidates.length).toBeGreaterThan(0);
    expect(exemplary.candidates.every((c) => c.errors === 0)).toBe(true);
    expect(calendar.weeks.length).toBeGreaterThan(0);
    const docx = new Uint8Array(readFileSync(out));
    const text = paragraphs(docx);
    expect(text[0]).toBe("BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
    expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("I. TÌNH HÌNH TỔ CHỨC SƠ KẾT");
    expect(text).toContain("II. KẾT QUẢ SƠ KẾT");
    const escaped = (s: string) =>
      s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
    draft.parts.forEach((part, i) => {
      expect(text).toContain(`${i + 1}. ${part.title}`);
      for (const f of part.figures)
        expect(text).toContain(`${escaped(f.text)} (Nguồn: ${escaped(f.source)})`);
    });
    expect(draft.parts).toHaveLength(5);
    expect(
      text.some((t) => t.includes(`Tính đến ngày 06/05/2021, đã nhận được báo cáo, phụ lục của`)),
    ).toBe(true);
    expect(
      text.some(
        (t) =>
          t.startsWith("Tổng số đảng viên tham gia học tập, quán triệt: ") &&
          t.includes(" đồng chí."),
      ),
    ).toBe(true);
    const styles = strFromU8(unzipSync(docx)["word/styles.xml"]);
    expect(styles).toContain('w:ascii="Times New Roman"');
    // Same inputs, same bytes.
    const again = join(dir, "bao-cao-2.docx");
    phuluc(["report", units, "-o", again, "--as-of", "2021-05-06"]);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  }, 120_000);

  withWriter(
    "is a .docx LibreOffice converts to PDF without error",
    () => {
      const out = join(dir, "bao-cao.docx");
      if (!existsSync(out)) phuluc(["report", units, "-o", out, "--as-of", "2021-05-06"]);
      const pdf = convertWithLibreOffice(soffice!, out, "pdf");
      expect(strFromU8(pdf.subarray(0, 5))).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(10_000);
    },
    180_000,
  );
});
