import type { Grid, SourceWorkbook } from "../../src/shared/model";
import { META_SHEET_NAME } from "../../src/shared/model";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { planToGrids } from "../../src/shared/plan/planToGrids";
import { checkWorkbooks } from "../../src/shared/pipeline/checkWorkbooks";
import { readUnitReport } from "../../src/shared/read/readUnitReport";
import { miniCampaign } from "../fixtures/miniCampaign";
import { filledWorkbook, miniValues } from "./helpers";

const AS_OF = 44322; // 2021-05-06

function codes(findings: { code: string }[]): string[] {
  return findings.map((f) => f.code).sort();
}

describe("unit template", () => {
  const plan = buildTemplatePlan(miniCampaign, { unitCode: "CBCS01" });
  it("has one sheet per outline sheet plus the very hidden meta sheet", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Thông tin",
      "B1 Kết quả",
      "L1 Mô hình",
      META_SHEET_NAME,
    ]);
    expect(plan.sheets[3].state).toBe("veryHidden");
  });
  it("locks labels and formulas and leaves input cells open, with validation", () => {
    const b1 = plan.sheets[1];
    expect(b1.protect).toBe(true);
    expect(b1.freeze).toEqual({ rows: 4, cols: 3 });
    const cells = b1.blocks[0].cells;
    const ratioRow = cells.findIndex((r) => r[0].v === "3");
    expect(cells[ratioRow][3].f).toMatch(/^IF\(N\(D\d+\)=0,"",D\d+\/D\d+\)$/);
    const inputRow = cells.findIndex((r) => r[0].v === "1.1");
    expect(plan.styles[cells[inputRow][3].s!].locked).toBe(false);
    expect(plan.styles[cells[inputRow][1].s!].locked).not.toBe(false);
    expect(b1.validations.some((v) => v.kind === "whole" && v.min === 0)).toBe(true);
    expect(b1.validations.some((v) => v.kind === "list" && v.list?.includes("Có"))).toBe(true);
  });
  it("greys out indicators that do not apply to the unit's type", () => {
    const cells = plan.sheets[1].blocks[0].cells;
    const revenue = cells.find((r) => r[0].v === "5")!;
    expect(revenue[3].s).toBe("notApplicable");
  });
  it("pre-fills the unit's identity", () => {
    const grids = planToGrids(plan);
    const info = grids[0].rows.map((r) => r.slice(1, 3));
    expect(info).toContainEqual(["Mã đơn vị", "CBCS01"]);
    expect(info).toContainEqual(["Cấp", "CBCS"]);
  });
  it("is the same plan for the same campaign", () => {
    expect(JSON.stringify(buildTemplatePlan(miniCampaign))).toBe(
      JSON.stringify(buildTemplatePlan(miniCampaign)),
    );
  });
});

describe("reading a filled template", () => {
  const wb = filledWorkbook(miniCampaign, "CBCS01", miniValues("CBCS01", "CBCS", "CQ", 2));
  const { report, findings } = readUnitReport(wb, miniCampaign);

  it("reads every value with its source cell", () => {
    expect(findings).toEqual([]);
    expect(report.unitCode).toBe("CBCS01");
    expect(report.values.B1["1"]["2019"]).toEqual({
      v: 20,
      src: { file: "CBCS01.xlsx", sheet: "B1 Kết quả", cell: "D6" },
    });
    expect(report.values.B1["6"]["2020"].v).toBe(false);
    expect(report.info.partyMembers.v).toBe(40);
    expect(report.submittedAt).toBe(44315);
    expect(report.lists.L1).toHaveLength(1);
    expect(report.lists.L1[0].name.v).toBe("Mô hình của CBCS01");
  });

  it("finds rows and sheets after units insert rows, rename and reorder sheets", () => {
    const grids: Grid[] = wb.sheets.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
    const b1 = grids[1];
    b1.rows.splice(7, 0, [null, "Dòng ghi chú đơn vị tự thêm", null, 999, 999]);
    b1.rows.splice(5, 0, []);
    b1.name = "Bieu 1 (da sua)";
    // The meta sheet no longer knows the new name; the title still anchors the sheet.
    const moved: SourceWorkbook = {
      fileName: "x.xlsx",
      sheets: [grids[2], b1, grids[0], grids[3]],
    };
    const again = readUnitReport(moved, miniCampaign);
    expect(again.report.values.B1["1.2"]["2020"].v).toBe(10);
    expect(again.report.values.B1["1.2"]["2020"].src.sheet).toBe("Bieu 1 (da sua)");
    expect(again.report.values.B1["2"]["2019"].src.cell).toBe("D11");
    expect(again.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads Vietnamese text numbers, NFD labels and percent scale, with warnings", () => {
    const grids: Grid[] = wb.sheets.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
    const b1 = grids[1];
    const row = b1.rows.findIndex((r) => r[0] === "1.1");
    b1.rows[row][3] = "1.234";
    b1.rows[row][0] = null; // code gone: the label still anchors…
    b1.rows[row][1] = "Cán bộ nam".normalize("NFD"); // …even decomposed
    const again = readUnitReport({ fileName: "CBCS01.xlsx", sheets: grids }, miniCampaign);
    expect(again.report.values.B1["1.1"]["2019"].v).toBe(1234);
    expect(codes(again.findings)).toEqual(["W_TEXT_NUMBER"]);
    expect(again.findings[0]).toMatchObject({
      unit: "CBCS01",
      sheet: "B1 Kết quả",
      cell: `D${row + 1}`,
    });
  });

  it("rejects another campaign's template", () => {
    const other = buildTemplatePlan({
      ...miniCampaign,
      outline: { ...miniCampaign.outline, id: "other" },
    });
    const r = readUnitReport({ fileName: "other.xlsx", sheets: planToGrids(other) }, miniCampaign);
    expect(codes(r.findings)).toEqual(["E_TEMPLATE"]);
  });
});

describe("validation", () => {
  it("names every problem by unit, sheet and cell", () => {
    const filled = miniValues("CBCS01", "CBCS", "CQ", 2, 44327); // sent 11/5/2021: late
    const b1 = filled.values!.B1;
    b1["1.1"]["2019"] = -3; // bound, and the parent no longer sums
    b1["2"]["2020"] = 99; // rule [2] <= [1]
    b1["4"]["2020"] = null; // required
    const { findings } = checkWorkbooks({
      campaign: miniCampaign,
      workbooks: [filledWorkbook(miniCampaign, "CBCS01", filled)],
      asOf: AS_OF,
    });
    const mine = findings.filter((f) => f.unit === "CBCS01");
    expect(mine.map((f) => [f.code, f.sheet, f.cell])).toEqual(
      expect.arrayContaining([
        ["E_BOUND", "B1 Kết quả", "D7"],
        ["E_SUM", "B1 Kết quả", "D6"],
        ["E_RULE", "B1 Kết quả", "E9"],
        ["E_REQUIRED", "B1 Kết quả", "E11"],
        ["W_LATE", undefined, undefined],
      ]),
    );
    // "Trước ngày 05/5" means 04/5 is the last day on time: 11/5 is 7 days late.
    const late = mine.find((f) => f.code === "W_LATE")!;
    expect(late.message.vi).toBe("Gửi ngày 11/05/2021, hạn 05/05/2021: trễ 7 ngày.");
    expect(mine.every((f) => f.message.vi.length > 0 && f.message.en.length > 0)).toBe(true);
  });

  it("keeps the latest of duplicate submissions, flags unknown units and missing ones", () => {
    const early = filledWorkbook(
      miniCampaign,
      "CBCS01",
      miniValues("CBCS01", "CBCS", "CQ", 1, 44310),
      "a.xlsx",
    );
    const late = filledWorkbook(
      miniCampaign,
      "CBCS01",
      miniValues("CBCS01", "CBCS", "CQ", 3, 44312),
      "b.xlsx",
    );
    const stranger = filledWorkbook(
      miniCampaign,
      "CBCS01",
      { ...miniValues("ZZ01", "CBCS", "CQ", 1) },
      "zz.xlsx",
    );
    const result = checkWorkbooks({
      campaign: miniCampaign,
      workbooks: [late, early, stranger],
      asOf: AS_OF,
    });
    const dup = result.findings.find((f) => f.code === "W_DUPLICATE")!;
    expect(dup).toMatchObject({ unit: "CBCS01", file: "b.xlsx" });
    expect(result.units.find((u) => u.unit.code === "CBCS01")!.report.fileName).toBe("b.xlsx");
    expect(result.findings.find((f) => f.code === "E_UNIT_UNKNOWN")?.unit).toBe("ZZ01");
    const missing = result.findings.filter((f) => f.code === "W_MISSING").map((f) => f.unit);
    expect(missing.sort()).toEqual(["CBCS02", "CBCS03", "DBCS01", "DBCS02"]);
    const progress = result.progress.find((p) => p.unit.code === "CBCS02")!;
    expect(progress.statusText).toBe("Quá hạn 2 ngày");
  });
});
