import { readFileSync } from "node:fs";
import { readWorkbook } from "../../src/io";
const wb = readWorkbook(new Uint8Array(readFileSync("/tmp/rel/out1.xlsx")), "o.xlsx");
const t = wb.sheets.find((s) => s.name === "TH_B1")!;
t.rows.forEach((r, i) => console.log(i + 1, JSON.stringify(r).slice(0, 130)));
console.log(
  Object.entries(t.formulas!)
    .filter(([k]) => /^G/.test(k))
    .slice(0, 40)
    .join(" | "),
);
