import { a1, a1Range, quoteSheetName } from "../../src/shared/a1/a1";
import type { PlanCell, WorkbookPlan } from "../../src/shared/model";
import { buildMetaSheet } from "../../src/shared/plan/buildMetaSheet";
import { SheetBuilder } from "../../src/shared/plan/sheetBuilder";
import { PLAN_STYLES } from "../../src/shared/plan/styles";

export const TABLE = "Tổng hợp";
export const FIRST_UNIT_ROW = 3;

/** Deterministic value of unit u in column c. */
export const valueOf = (u: number, c: number) => ((u * 7919 + c * 104729) % 997) + c;

/**
 * A consolidated-appendix-like plan for `units` units: title, header, one row per unit with `cols`
 * numbers, a total row of SUBTOTAL formulas, per-type SUMIFS rows, a findings sheet whose texts
 * look like formulas, numbers and dates, and the meta sheet.
 */
export function unitTablePlan(units: number, cols = 8, extraTexts: string[] = []): WorkbookPlan {
  const b = new SheetBuilder(TABLE);
  b.set(0, 0, { v: "Phụ lục tổng hợp", s: "title" });
  b.merge(0, 0, 0, cols + 2);
  b.setRow(2, 0, [
    { v: "Mã", s: "header" },
    { v: "Đơn vị", s: "header" },
    { v: "Loại", s: "header" },
  ]);
  for (let c = 0; c < cols; c++) b.set(2, 3 + c, { v: `Năm ${2016 + c}`, s: "header" });
  for (let u = 0; u < units; u++) {
    const r = FIRST_UNIT_ROW + u;
    b.setRow(r, 0, [
      { v: `1.${u + 10}`, s: "code" },
      { v: `Đảng bộ số ${u + 1}`, s: "label" },
      { v: u % 3 === 0 ? "DN" : "CQ", s: "code" },
    ]);
    for (let c = 0; c < cols; c++) b.set(r, 3 + c, { v: valueOf(u, c), s: "integer" });
  }
  const last = FIRST_UNIT_ROW + units - 1;
  const total = last + 1;
  b.setRow(total, 0, [{ v: "Tổng", s: "totalLabel" }, {}, {}]);
  b.merge(total, 0, total, 2);
  ["CQ", "DN"].forEach((t, k) =>
    b.setRow(total + 1 + k, 0, [{ v: `Loại ${t}`, s: "subtotalLabel" }, {}, { v: t, s: "code" }]),
  );
  for (let c = 0; c < cols; c++) {
    const range = a1Range(FIRST_UNIT_ROW, 3 + c, last, 3 + c);
    b.set(total, 3 + c, { f: `IF(COUNT(${range})=0,"",SUBTOTAL(9,${range}))`, s: "totalInteger" });
    ["CQ", "DN"].forEach((t, k) =>
      b.set(total + 1 + k, 3 + c, {
        f: `SUMIFS(${range},${a1Range(FIRST_UNIT_ROW, 2, last, 2)},"${t}")`,
        s: "subtotalInteger",
      }),
    );
  }
  b.setWidth(0, 8);
  b.setWidth(1, 40);
  for (let c = 0; c < cols + 1; c++) b.setWidth(2 + c, 12);
  b.freeze = { rows: 3, cols: 2 };
  b.protect = true;
  b.tabColor = "70AD47";
  b.validations.push({
    range: a1Range(FIRST_UNIT_ROW, 3, last, 2 + cols),
    kind: "whole",
    min: 0,
    prompt: "Số nguyên ≥ 0",
  });

  const f = new SheetBuilder("Phát hiện");
  const texts = [
    "=cmd|' /C calc'!A0",
    "+84 912 345 678",
    "-2",
    "@SUM(1)",
    "1.10",
    "0912345678",
    "5/5/2021",
    "TRUE",
    "'quoted",
    ...extraTexts,
  ];
  texts.forEach((t, i) =>
    f.setRow(i, 0, [{ v: `Đơn vị ${i}`, s: "text" }, { v: t, s: "text" } as PlanCell]),
  );
  f.set(0, 3, { f: `${quoteSheetName(TABLE)}!${a1(total, 3)}` });
  return {
    sheets: [
      b.build(),
      f.build(),
      buildMetaSheet({ kind: "consolidated", sheetNames: {}, ownedSheets: [TABLE, "Phát hiện"] }),
    ],
    styles: PLAN_STYLES,
    names: [{ name: "TongHop", ref: `${quoteSheetName(TABLE)}!$A$1:$B$2` }],
    properties: { title: "t", creator: "test", created: "2021-01-01T00:00:00.000Z" },
  };
}
