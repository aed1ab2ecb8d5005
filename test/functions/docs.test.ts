import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as PHULUC from "../../src/functions/functions";
import { serialFromYmd } from "../../src/shared/calendar/serial";
import { installCustomFunctionsStandIn } from "./customFunctionsStandIn";

/**
 * Every scalar example of the README's custom-functions section, evaluated: formulas written with Vietnamese
 * separators (";"), DATE(y;m;d), text, numbers and nested PHULUC calls.
 */
const DOC = readFileSync(join(__dirname, "../../README.md"), "utf8");
const EXAMPLE = /^\| `=(PHULUC\.[^`]+)` \| `([^`]+)` \|$/gm;

const byId = new Map<string, (...args: unknown[]) => unknown>(
  Object.entries(PHULUC).map(([name, fn]) => [
    name.toUpperCase(),
    fn as (...a: unknown[]) => unknown,
  ]),
);

/** Splits "a;b;c" at the top level (not inside quotes or parentheses). */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0 && ch === ";") {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim());
}

function evaluate(expr: string): unknown {
  const call = /^([A-Z.]+)\((.*)\)$/s.exec(expr);
  if (call) {
    const args = call[2] === "" ? [] : splitArgs(call[2]).map(evaluate);
    if (call[1] === "DATE") return serialFromYmd(...(args as [number, number, number]));
    const id = call[1].replace(/^PHULUC\./, "");
    // Function names follow the ids: NETWORKDAYSVN → networkDaysVn, etc.
    const fn = byId.get(id);
    if (!fn) throw new Error(`unknown function ${call[1]}`);
    return fn(...args);
  }
  if (/^".*"$/s.test(expr)) return expr.slice(1, -1);
  if (expr === "TRUE" || expr === "FALSE") return expr === "TRUE";
  if (/^-?\d+(\.\d+)?$/.test(expr)) return Number(expr);
  throw new Error(`cannot read ${expr}`);
}

function expected(text: string): unknown {
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (date) return serialFromYmd(Number(date[3]), Number(date[2]), Number(date[1]));
  return evaluate(text);
}

let uninstall: () => void;
beforeAll(() => {
  uninstall = installCustomFunctionsStandIn();
});
afterAll(() => uninstall());

describe("README: custom functions", () => {
  const examples = [...DOC.matchAll(EXAMPLE)].map((m) => ({ formula: m[1], result: m[2] }));

  it("has an example for every function", () => {
    const used = new Set(examples.map((e) => /^PHULUC\.([A-Z]+)/.exec(e.formula)![1]));
    const ranged = ["COMPLETION", "REPORTINGRATE", "TIMELINESS"];
    for (const id of ranged) expect(DOC).toContain(`=PHULUC.${id}(`);
    expect([...used, ...ranged].sort()).toEqual(
      [...byId.keys()].filter((k) => !k.startsWith("SET")).sort(),
    );
  });

  it.each(examples.map((e) => [e.formula, e.result]))("%s gives %s", (formula, result) => {
    expect(evaluate(formula)).toEqual(expected(result));
  });
});
