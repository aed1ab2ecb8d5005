import { a1Range } from "../../shared/a1/a1";
import type { StringKey } from "../strings";
import { readSheets } from "./readSheets";

/** The scratch sheet the self-test writes and removes. */
export const SELF_TEST_SHEET = "~PhuLuc_TuKiemTra";

/** One check: what was checked (a strings key and its parameter), pass or fail, what was seen. */
export interface SelfCheck {
  label: StringKey;
  name?: string;
  ok: boolean;
  /** What Excel gave, for a failed check (values as Excel shows them). */
  got?: string;
}

const COMMA_CHOICE = "Văn hóa giao tiếp, ứng xử";
const CHOICES = [COMMA_CHOICE, "Văn hóa doanh nghiệp", "Khác"];

/**
 * The small plan: submission dates of four units (one a #N/A from a lookup) in B2:B5, filled
 * cells for COMPLETION in C2:C5, the list choices in E2:E4, and one formula per check in G.
 * Inputs are dates, not level codes, so the answers do not depend on the active campaign.
 */
const INPUT = [
  ["Đơn vị", "Ngày nộp", "Điền", "", "Lựa chọn"],
  ["CBCS01", 44320, 5, "", CHOICES[0]],
  ["CBCS02", "", "", "", CHOICES[1]],
  ["CBCS03", "=#N/A", "x", "", CHOICES[2]],
  ["CBCS04", 44321, 0, "", ""],
];

type Expect = (v: unknown) => boolean;
const is =
  (x: unknown): Expect =>
  (v) =>
    v === x;
const near =
  (x: number): Expect =>
  (v) =>
    typeof v === "number" && Math.abs(v - x) < 1e-9;

/** Every PHULUC function on known inputs (README examples), with what it must give. */
const FUNCTION_CHECKS: Array<{ name: string; formula: string; expect: Expect }> = [
  { name: "DEADLINE", formula: "=PHULUC.DEADLINE(44321)", expect: is(44321) },
  { name: "DAYSLEFT", formula: "=PHULUC.DAYSLEFT(44320,44306)", expect: is(14) },
  { name: "WORKDAYSLEFT", formula: "=PHULUC.WORKDAYSLEFT(44320,44314)", expect: is(2) },
  { name: "ONTIME", formula: "=PHULUC.ONTIME(44321,44320)", expect: is(false) },
  {
    name: "STATUS",
    formula: "=PHULUC.STATUS(44321,44320)",
    expect: (v) => v === "Trễ 1 ngày" || v === "Late by 1 day",
  },
  { name: "COMPLETION", formula: "=PHULUC.COMPLETION(C2:C5)", expect: near(0.75) },
  // B4 holds #N/A: Excel passes it in only with allowErrorForDataTypeAny (issue 15, point 1).
  { name: "REPORTINGRATE", formula: "=PHULUC.REPORTINGRATE(B2:B5)", expect: near(0.5) },
  { name: "TIMELINESS", formula: "=PHULUC.TIMELINESS(B2:B5,44320)", expect: near(0.5) },
  { name: "WORKDAYVN", formula: "=PHULUC.WORKDAYVN(44315,1)", expect: is(44320) },
  { name: "NETWORKDAYSVN", formula: "=PHULUC.NETWORKDAYSVN(44312,44323)", expect: is(8) },
  {
    name: "ISHOLIDAY",
    formula: "=PHULUC.ISHOLIDAY(44316)",
    expect: (v) => typeof v === "string" && v.length > 0,
  },
  { name: "ISHOLIDAY", formula: "=PHULUC.ISHOLIDAY(44346)", expect: is(false) },
  {
    name: "LUNAR",
    formula: '=PHULUC.LUNAR(44320,"short")',
    expect: (v) => typeof v === "string" && v.startsWith("23/3/2021"),
  },
];

/** Custom functions may still be computing when first read (#BUSY!): wait this long at most. */
const PATIENCE_MS = 15_000;
const POLL_MS = 500;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A check a person can run inside real Excel in one click ("Tự kiểm tra"): writes a small plan
 * into a scratch sheet, reads it back through the add-in's own reader, sets a drop-down list
 * whose choice holds a comma and reads the list back, evaluates every PHULUC function on known
 * inputs (a #N/A inside a range included), and removes the scratch sheet whatever happened.
 * Returns one result per check, for the pane to show in the user's language.
 *
 * @example (await runSelfTest()).every((c) => c.ok)
 */
export async function runSelfTest(): Promise<SelfCheck[]> {
  const checks: SelfCheck[] = [];
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const old = sheets.getItemOrNullObject(SELF_TEST_SHEET);
      await context.sync();
      if (!old.isNullObject) old.delete();
      const ws = sheets.add(SELF_TEST_SHEET);
      ws.getRange(a1Range(0, 0, INPUT.length - 1, INPUT[0].length - 1)).formulas = INPUT;
      const validation = ws.getRange("F2:F3").dataValidation;
      validation.rule = {
        list: { inCellDropDown: true, source: `=${quote(SELF_TEST_SHEET)}!$E$2:$E$4` },
      };
      ws.getRange(a1Range(0, 6, FUNCTION_CHECKS.length - 1, 6)).formulas = FUNCTION_CHECKS.map(
        (c) => [c.formula],
      );
      await context.sync();
      checks.push({ label: "selfTestWrite", ok: true });

      validation.load("rule");
      const source = ws.getRange("E2:E4");
      source.load("values");
      await context.sync();
      const rule = validation.rule.list;
      const choices = source.values.map((r) => r[0]);
      const whole = String(rule?.source ?? "").startsWith("=") && choices.includes(COMMA_CHOICE);
      checks.push({
        label: "selfTestList",
        ok: whole,
        got: whole ? undefined : String(rule?.source),
      });

      const results = ws.getRange(a1Range(0, 6, FUNCTION_CHECKS.length - 1, 6));
      let values: unknown[] = [];
      for (let waited = 0; ; waited += POLL_MS) {
        results.load("values");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- waits for Excel to finish computing the custom functions (#BUSY!), at most 15 s, only in the self-test.
        await context.sync();
        values = results.values.map((r) => r[0]);
        if (!values.includes("#BUSY!") || waited >= PATIENCE_MS) break;
        await pause(POLL_MS);
      }
      FUNCTION_CHECKS.forEach((c, i) => {
        const ok = c.expect(values[i]);
        checks.push({
          label: "selfTestFunction",
          name: c.name,
          ok,
          got: ok ? undefined : String(values[i]),
        });
      });
    });
    const [grid] = await readSheets([SELF_TEST_SHEET]);
    const readOk =
      grid.rows[1]?.[0] === "CBCS01" &&
      grid.rows[1]?.[1] === 44320 &&
      grid.rows[1]?.[4] === COMMA_CHOICE &&
      JSON.stringify(grid.rows[3]?.[1]) === JSON.stringify({ kind: "error", code: "#N/A" });
    checks.push({
      label: "selfTestRead",
      ok: readOk,
      got: readOk ? undefined : JSON.stringify(grid.rows[3]),
    });
  } catch (err) {
    checks.push({ label: "selfTestExcelError", ok: false, got: errorMessage(err) });
  } finally {
    checks.push(await removeScratchSheet());
  }
  return checks;
}

async function removeScratchSheet(): Promise<SelfCheck> {
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(SELF_TEST_SHEET);
      await context.sync();
      if (!ws.isNullObject) ws.delete();
      await context.sync();
    });
    return { label: "selfTestCleanup", ok: true };
  } catch (err) {
    return { label: "selfTestCleanup", ok: false, got: errorMessage(err) };
  }
}

function quote(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
