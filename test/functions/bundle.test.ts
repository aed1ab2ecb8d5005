import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInContext, createContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { makeCustomFunctionsStandIn, StandInError, type StandIn } from "./customFunctionsStandIn";

/**
 * The functions bundle built by the project's own webpack config (its functions entry and
 * metadata plugins only), then loaded in a bare vm context: no window, no document, no React,
 * no Office — only the CustomFunctions runtime stand-in — and called the way Excel calls it.
 */
const ROOT = join(__dirname, "../..");
const BUDGET_GZIP = 50 * 1024;

type WebpackConfig = {
  entry: Record<string, string>;
  output: Record<string, unknown>;
  plugins: object[];
  devtool?: string | false;
  context?: string;
};

let out: string;
let code: string;
let modules: string[];
let runtime: StandIn;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "phuluc-functions-"));
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => Promise<WebpackConfig>;
  const config = await makeConfig({ production: true }, { mode: "production" });
  const keep = new Set(["CustomFunctionsMetadataPlugin", "LocalizedMetadataPlugin"]);
  const webpack = require("webpack") as (
    c: object,
    cb: (
      err: Error | null,
      stats?: {
        hasErrors(): boolean;
        toJson(o: object): {
          errors?: unknown[];
          modules?: Array<{ name: string; modules?: Array<{ name: string }> }>;
        };
      },
    ) => void,
  ) => void;
  const stats = await new Promise<NonNullable<Parameters<Parameters<typeof webpack>[1]>[1]>>(
    (resolve, reject) =>
      webpack(
        {
          ...config,
          mode: "production",
          context: ROOT,
          devtool: false,
          entry: { functions: config.entry.functions },
          output: { ...config.output, path: out, clean: true },
          plugins: config.plugins.filter((p) => keep.has(p.constructor.name)),
        },
        (err, s) => (err || !s ? reject(err) : resolve(s)),
      ),
  );
  const json = stats.toJson({ modules: true, nestedModules: true, errors: true });
  if (stats.hasErrors()) throw new Error(JSON.stringify(json.errors));
  modules = (json.modules ?? []).flatMap((m) => [m.name, ...(m.modules ?? []).map((n) => n.name)]);
  code = readFileSync(join(out, "functions.js"), "utf8");
  runtime = makeCustomFunctionsStandIn();
  runInContext(code, createContext({ CustomFunctions: runtime }), { filename: "functions.js" });
}, 120_000);

afterAll(() => out && rmSync(out, { recursive: true, force: true }));

describe("functions bundle", () => {
  it("stays within 50 KB gzipped", () => {
    const size = gzipSync(code).length;
    console.log(`functions.js: ${code.length} bytes, ${size} bytes gzipped`);
    expect(size).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it("bundles neither React, Fluent UI nor the file readers", () => {
    expect(modules.length).toBeGreaterThan(10);
    const heavy = modules.filter((m) =>
      /node_modules\/(react|react-dom|@fluentui|exceljs|@e965)\/|src\/(taskpane|io)\//.test(m),
    );
    expect(heavy).toEqual([]);
  });

  it("registers every function in a context with no DOM and answers like Excel would", () => {
    expect([...runtime.associations.keys()].sort()).toEqual([
      "COMPLETION",
      "DAYSLEFT",
      "DEADLINE",
      "ISHOLIDAY",
      "LUNAR",
      "NETWORKDAYSVN",
      "ONTIME",
      "REPORTINGRATE",
      "STATUS",
      "TIMELINESS",
      "WORKDAYSLEFT",
      "WORKDAYVN",
    ]);
    const call = (id: string, ...args: unknown[]) => runtime.associations.get(id)!(...args);
    expect(call("DEADLINE", "CBCS")).toBe(44320);
    expect(call("STATUS", 44321, call("DEADLINE", "CBCS"))).toBe("Trễ 1 ngày");
    expect(call("NETWORKDAYSVN", 44312, 44323)).toBe(8);
    expect(call("LUNAR", 44320)).toBe("Ngày 23 tháng 3 năm Tân Sửu");
    let thrown: unknown;
    try {
      call("DEADLINE", "XX");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StandInError);
    expect((thrown as StandInError).code).toBe("#N/A");
  });

  it("ships functions.json and its Vietnamese copy beside the script", () => {
    const en = JSON.parse(readFileSync(join(out, "functions.json"), "utf8"));
    const vi = JSON.parse(readFileSync(join(out, "functions-vi.json"), "utf8"));
    expect(en.functions.map((f: { id: string }) => f.id)).toEqual(
      vi.functions.map((f: { id: string }) => f.id),
    );
    expect(vi.functions.map((f: { name: string }) => f.name)).toContain("SONGAYLAMVIEC");
  });

  it("lets ranges holding errors reach the functions (allowErrorForDataTypeAny), in both files", () => {
    // Without it Excel answers =PHULUC.REPORTINGRATE(C2:C5) with C3's #N/A and never calls us.
    for (const file of ["functions.json", "functions-vi.json"])
      expect(JSON.parse(readFileSync(join(out, file), "utf8")).allowErrorForDataTypeAny).toBe(true);
  });
});
