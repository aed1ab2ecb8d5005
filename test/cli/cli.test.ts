import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writePlan } from "../../src/io";
import { embeddedCampaign } from "../../src/shared/campaign/embedded";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { generateSampleUnits } from "../../src/shared/samples/generateSampleUnits";

const ROOT = join(__dirname, "..", "..");

function phuluc(args: string[], cwd = ROOT) {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
      join(ROOT, "src", "cli", "main.ts"),
      ...args,
    ],
    {
      cwd,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let built = false;

/** Bundles the CLI as `npm ci` does (once per test file), so that bin/phuluc.js runs it. */
function buildCli(): void {
  if (built) return;
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT });
  expect(r.status).toBe(0);
  built = true;
}

describe("phuluc CLI", () => {
  let dir: string;
  // Units without mistakes, other than the one whose LibreOffice-saved file is added below.
  const samples = generateSampleUnits(embeddedCampaign)
    .filter((s) => s.mistakes.length === 0 && s.unit.code !== "DBCS02")
    .slice(0, 4);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "phuluc-cli-"));
    for (const s of samples) {
      writeFileSync(
        join(dir, s.fileName),
        await writePlan(
          buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled }),
        ),
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the template", () => {
    const out = join(dir, "mau.xlsx");
    const r = phuluc(["template", "-o", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).template.sheets).toContain("Thông tin đơn vị");
    const wb = readWorkbook(new Uint8Array(readFileSync(out)), "mau.xlsx");
    expect(wb.sheets.map((s) => s.name)).toContain("_PhuLuc");
  });

  it("names every problem of a broken unit by sheet and cell, exit code 1", async () => {
    const s = samples[0];
    const b3 = Object.keys(s.filled.values).find((k) => k === "B3")!;
    const broken = structuredClone(s.filled);
    const leaf = Object.keys(broken.values[b3]).find((code) => code.includes("."))!;
    broken.values[b3][leaf].SL = -4;
    broken.info.submittedAt = "ngày mai";
    const file = join(dir, "broken", `${s.unit.code}.xlsx`);
    rmSync(join(dir, "broken"), { recursive: true, force: true });
    require("node:fs").mkdirSync(join(dir, "broken"));
    writeFileSync(
      file,
      await writePlan(
        buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: broken }),
      ),
    );
    const r = phuluc(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`${s.unit.code} › B3 [^!]+![A-Z]+\\d+ — Giá trị -4 không được nhỏ hơn 0`),
    );
    expect(r.stdout).toMatch(/Thông tin đơn vị!C\d+ — Giá trị "ngày mai" không phải một ngày/);
    expect(r.stdout).toMatch(/E\d+|D\d+ — Chỉ tiêu .* khác tổng các chỉ tiêu con/);
  });

  it("consolidates a folder with a corrupt file among good ones", () => {
    writeFileSync(join(dir, "hong.xlsx"), Buffer.from("PK\u0003\u0004 this is not a workbook"));
    copyFileSync(
      join(ROOT, "samples", "libreoffice", readFileSyncDirFirst("ods")),
      join(dir, "from-libreoffice.ods"),
    );
    const out = join(dir, "tong-hop.xlsx");
    const r = phuluc(["consolidate", dir, "-o", out, "--as-of", "06/05/2021", "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.summary.included).toBe(samples.length + 1);
    const bad = json.findings.find((f: { code: string }) => f.code === "E_FILE");
    expect(bad).toMatchObject({ unit: "hong.xlsx", file: "hong.xlsx" });
    expect(bad.message.vi).toMatch(/hong\.xlsx/);
    const wb = readWorkbook(new Uint8Array(readFileSync(out)), "tong-hop.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Thống kê", "Tiến độ", "Kết quả kiểm tra"]),
    );
  });

  it("runs as the installed `phuluc` command (bundled launcher)", () => {
    buildCli();
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "phuluc.js"), "calendar", "2021", "--json"],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).calendar).toMatchObject({
      year: 2021,
      lunarNewYear: "2021-02-12",
      workingDays: 250,
    });
    const ver = spawnSync(process.execPath, [join(ROOT, "bin", "phuluc.js"), "--version"], {
      encoding: "utf8",
    });
    expect(ver.status).toBe(0);
    expect(ver.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version,
    );
    // Help speaks Vietnamese throughout, commander's own options and command included.
    const help = spawnSync(process.execPath, [join(ROOT, "bin", "phuluc.js"), "--help"], {
      encoding: "utf8",
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("in số phiên bản");
    expect(help.stdout).toContain("in hướng dẫn sử dụng");
    expect(help.stdout).toContain("in hướng dẫn của một lệnh");
    expect(help.stdout).not.toMatch(/display help|output the version/);
    const bad = spawnSync(process.execPath, [join(ROOT, "bin", "phuluc.js"), "khong-co-lenh"], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
  });

  it("bundled, loads SheetJS only for a file our own reader declines", () => {
    buildCli();
    // Reports at exit whether SheetJS was loaded into the process.
    const probe = join(dir, "probe.cjs");
    writeFileSync(
      probe,
      `process.on("exit", () => process.stderr.write("SHEETJS=" +
        Object.keys(require.cache).some((k) => k.includes("@e965")) + "\\n"));`,
    );
    const validate = (file: string) =>
      spawnSync(
        process.execPath,
        ["-r", probe, join(ROOT, "bin", "phuluc.js"), "validate", file, "--as-of", "2021-05-06"],
        { encoding: "utf8" },
      );
    const ours = validate(join(dir, samples[0].fileName));
    expect(ours.status).toBe(0);
    expect(ours.stderr).toContain("SHEETJS=false");
    // A LibreOffice .ods goes to SheetJS, loaded then, and reads as cleanly.
    const ods = validate(join(ROOT, "samples", "libreoffice", "DBCS02_libreoffice.ods"));
    expect(ods.stderr).toContain("SHEETJS=true");
    expect(ods.status).toBe(0);
    expect(ods.stdout).toMatch(/1 tệp, 0 lỗi/);
  });

  it("gives the same appendix from the bundled command, with its helper thread and without", async () => {
    // Enough files for the helper thread to take part (from 32), mistakes and copies included;
    // the outputs go elsewhere, or the second run would read the first one's.
    buildCli();
    const many = mkdtempSync(join(tmpdir(), "phuluc-many-"));
    for (const s of generateSampleUnits(embeddedCampaign)) {
      const plan = buildTemplatePlan(embeddedCampaign, { unitCode: s.unit.code, filled: s.filled });
      const bytes = await writePlan(plan);
      for (const copy of ["", "ban-sao-", "lan-2-"])
        writeFileSync(join(many, copy + s.fileName), bytes);
    }
    const args = (out: string) => [
      "consolidate",
      many,
      "-o",
      out,
      "--as-of",
      "2021-05-06",
      "--json",
    ];
    const bundled = (out: string, helper: "on" | "off") =>
      spawnSync(process.execPath, [join(ROOT, "bin", "phuluc.js"), ...args(join(dir, out))], {
        encoding: "utf8",
        env: { ...process.env, PHULUC_HELPER_THREAD: helper === "off" ? "off" : "" },
      });
    const withHelper = bundled("a.xlsx", "on");
    const withoutHelper = bundled("c.xlsx", "off");
    const fromSource = phuluc(args(join(dir, "b.xlsx")));
    const summary = (stdout: string) => ({ ...JSON.parse(stdout), output: undefined });
    expect(summary(fromSource.stdout).progress.length).toBeGreaterThan(0);
    for (const [run, out] of [
      [withHelper, "a.xlsx"],
      [withoutHelper, "c.xlsx"],
    ] as const) {
      expect(run.status).toBe(fromSource.code);
      expect(summary(run.stdout)).toEqual(summary(fromSource.stdout));
      expect(readFileSync(join(dir, out)).equals(readFileSync(join(dir, "b.xlsx")))).toBe(true);
    }
    rmSync(many, { recursive: true, force: true });
  }, 120_000);

  it("exits with 2 on usage errors", () => {
    expect(phuluc(["consolidate", dir]).code).toBe(2);
    const r = phuluc(["validate", join(dir, "khong-co.xlsx"), "--as-of", "32/13/2021"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Ngày không hợp lệ/);
  });
});

function readFileSyncDirFirst(ext: string): string {
  return require("node:fs")
    .readdirSync(join(ROOT, "samples", "libreoffice"))
    .find((f: string) => f.endsWith(`.${ext}`));
}
