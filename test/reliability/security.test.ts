import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { networkRequestsIn } from "./networkRequests";

const ROOT = join(__dirname, "..", "..");

/** Runs the project's eslint on source text as if it were a file of src/shared. */
function lint(code: string): Array<{ ruleId: string | null; message: string }> {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "eslint", "bin", "eslint.js"),
      "--format",
      "json",
      "--stdin",
      "--stdin-filename",
      "src/shared/probe.ts",
    ],
    { cwd: ROOT, input: code, encoding: "utf8", timeout: 120_000 },
  );
  const [result] = JSON.parse(r.stdout) as Array<{
    messages: Array<{ ruleId: string | null; message: string }>;
  }>;
  return result.messages;
}

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Code without comments: URLs in doc comments (examples) are not calls. */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[\s;{}(),])\/\/.*$/gm, "$1");

/** Requests a page could make: none may appear in our code or in what we ship. */
const NETWORK_API =
  /\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|sendBeacon|\bEventSource\b|importScripts\s*\(/g;

/**
 * URLs allowed in shipped code: the Office.js CDN (Office requires it to be loaded from there),
 * localhost (the dev server), and identifiers that are never requested — XML and JSON-schema
 * namespaces (strict OOXML's at purl.oclc.org), React's error-decoder link, which is only printed
 * in error messages, and zod's `new URL(\`http://[${ip}]\`)`, which parses an IPv6 address.
 */
const ALLOWED_URL =
  /^https?:\/\/(appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?;?$|localhost\b|schemas\.openxmlformats\.org\/|schemas\.microsoft\.com\/|sheetjs\.openxmlformats\.org\/|purl\.org\/|purl\.oclc\.org\/ooxml\/|\[\$\{e\}\]$|www\.w3\.org\/|json-schema\.org\/|react\.dev\/errors\/|openoffice\.org\/|urn:)/;
const URL = /https?:\/\/[^\s"'`<>)\\]+/g;

const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;
/** Where the built manifest sends Office: the office's own server, as `ADDIN_BASE_URL` says. */
const BASE_URL = "https://phuluc.example.gov.vn/addin/";
const NODE_MODULE = /\brequire\(\s*["']([^"']+)["']\s*\)|\bfrom\s*["']([^"']+)["']/g;
const NODE_NETWORKING = /^(node:)?(http|https|http2|net|tls|dgram|dns|undici)(\/|$)/;

/**
 * The add-in as `npm run build` makes it (the project's webpack config: every page, bundle,
 * chunk, the manifest and functions.json), into `path`, with terser's minifying left out: it
 * renames and drops code but adds no call and no URL, and it is most of the build's time
 * (≈ 11 s without it, ≈ 90 s with it on the 2-core machine). That networkRequestsIn reads
 * minified code is shown on SheetJS's own minified build.
 */
async function buildAddin(path: string): Promise<void> {
  type Config = { output: object; optimization?: object };
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => Promise<Config>;
  const before = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = BASE_URL;
  const config = await makeConfig({ production: true }, { mode: "production" }).finally(() => {
    if (before === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = before;
  });
  const webpack = require("webpack") as (
    c: object,
    cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(o: string): string }) => void,
  ) => void;
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        ...config,
        mode: "production",
        context: ROOT,
        devtool: false,
        output: { ...config.output, path, clean: true },
        optimization: { ...config.optimization, minimize: false },
      },
      (err, stats) =>
        err || !stats
          ? reject(err)
          : stats.hasErrors()
            ? reject(new Error(stats.toString("errors-only")))
            : resolve(),
    ),
  );
}

/** The CLI's bundles, built the one way they are built (scripts/esbuildNode.mjs), into `path`. */
function buildCli(path: string): void {
  const r = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'import { buildNodeBundles } from "./scripts/esbuildNode.mjs";\n' +
        'await buildNodeBundles({ phuluc: "src/cli/main.ts" }, process.argv[1]);',
      path,
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`CLI build failed: ${r.stderr}`);
}

describe("security: no eval, no network", () => {
  const rules = (code: string) => lint(code).map((m) => m.ruleId);

  it("the lint forbids eval and new Function (checked by linting such code)", () => {
    expect(rules("export const run = (s: string) => eval(s);\n")).toContain("no-eval");
    expect(rules("export const run = (s: string) => globalThis.eval(s);\n")).toContain("no-eval");
    expect(rules('export const make = (s: string) => new Function("x", s);\n')).toContain(
      "no-new-func",
    );
    expect(rules('export const later = () => globalThis.setTimeout("alert(1)", 10);\n')).toContain(
      "no-implied-eval",
    );
    expect(rules("export const ok = (a: number) => a + 1;\n")).toEqual([]);
  }, 120_000);

  // no-implied-eval only knows setTimeout and window as globals when the config declares them.
  it("the lint forbids setTimeout/setInterval with code as a string", () => {
    expect(rules('export const later = () => setTimeout("alert(1)", 10);\n')).toContain(
      "no-implied-eval",
    );
    expect(rules('export const later = () => window.setInterval("alert(1)", 10);\n')).toContain(
      "no-implied-eval",
    );
  }, 120_000);

  it("no source file of src/ calls eval or builds functions from text", () => {
    const sources = filesUnder(
      join(ROOT, "src"),
      (p) => /\.(ts|tsx)$/.test(p) && !/\.test\.tsx?$/.test(p),
    );
    expect(sources.length).toBeGreaterThan(50);
    const offenders = sources.filter((p) =>
      /(?<![.\w])eval\s*\((?![^)]*\)\s*(:[^={;]*)?\{)|new\s+Function\s*\(/.test(
        withoutComments(readFileSync(p, "utf8")),
      ),
    );
    expect(offenders.map((p) => relative(ROOT, p))).toEqual([]);
  });

  it("no source file of src/ makes network requests or names servers other than Office.js and localhost", () => {
    const sources = filesUnder(
      join(ROOT, "src"),
      (p) => /\.(ts|tsx|html|xml|json)$/.test(p) && !/\.test\.tsx?$/.test(p),
    );
    const found: string[] = [];
    for (const p of sources) {
      const text = withoutComments(readFileSync(p, "utf8"));
      for (const m of text.match(NETWORK_API) ?? []) found.push(`${relative(ROOT, p)}: ${m}`);
      for (const u of text.match(URL) ?? [])
        if (!ALLOWED_URL.test(u)) found.push(`${relative(ROOT, p)}: ${u}`);
    }
    expect(found).toEqual([]);
  });

  describe("what a build ships", () => {
    let out: string;
    let shipped: string[];

    beforeAll(async () => {
      out = mkdtempSync(join(tmpdir(), "phuluc-shipped-"));
      await buildAddin(join(out, "addin"));
      buildCli(join(out, "cli"));
      shipped = filesUnder(out, () => true);
    }, 300_000);

    afterAll(() => out && rmSync(out, { recursive: true, force: true }));

    it("builds the add-in's pages, bundles and chunks, its manifest and the CLI", () => {
      const names = shipped.map((p) => relative(out, p));
      expect(names).toEqual(
        expect.arrayContaining([
          "addin/taskpane.html",
          "addin/preview.html",
          "addin/help.html",
          "addin/taskpane.js",
          "addin/functions.js",
          "addin/manifest.xml",
          "cli/phuluc.cjs",
          "cli/helperWorker.cjs",
        ]),
      );
      // The reader (with SheetJS) is a chunk loaded on demand: it must be among what is checked.
      expect(names.filter((n) => /^addin\/reader\.\w+\.js$/.test(n))).toHaveLength(1);
    });

    it("no bundle makes a network request (SheetJS's namespaces and links are text, not requests)", () => {
      const scripts = shipped.filter((p) => /\.(js|cjs)$/.test(p));
      expect(scripts.length).toBeGreaterThan(5);
      const found = scripts.flatMap((p) =>
        networkRequestsIn(readFileSync(p, "utf8"), p).map((f) => `${relative(out, p)}: ${f}`),
      );
      expect(found).toEqual([]);
    });

    it("the CLI loads no Node networking module", () => {
      const found = shipped
        .filter((p) => p.endsWith(".cjs"))
        .flatMap((p) =>
          [...readFileSync(p, "utf8").matchAll(NODE_MODULE)]
            .map((m) => m[1])
            .filter((name) => NODE_NETWORKING.test(name))
            .map((name) => `${relative(out, p)}: ${name}`),
        );
      expect(found).toEqual([]);
    });

    it("each page loads scripts from itself and Office.js only, under a policy that forbids any other server", () => {
      const pages = shipped.filter((p) => p.endsWith(".html"));
      expect(pages).toHaveLength(3);
      for (const page of pages) {
        const html = readFileSync(page, "utf8");
        const name = relative(out, page);
        const loads = [
          ...html.matchAll(/\b(?:src|href|action|data|poster)\s*=\s*["']?([^"'\s>]+)/gi),
        ]
          .map((m) => m[1])
          .filter((u) => /^([a-z]+:)?\/\//i.test(u));
        expect({ name, loads: loads.filter((u) => u !== OFFICE_JS) }).toEqual({ name, loads: [] });
        const policy = /http-equiv=["']?Content-Security-Policy["']?\s+content=(["'])(.*?)\1/i.exec(
          html,
        )?.[2];
        expect({ name, policy: policy ?? null }).toEqual({ name, policy: expect.any(String) });
        const sources = policy!.split(";").flatMap((d) => d.trim().split(/\s+/).slice(1));
        const servers = sources.filter((s) => /^(https?:|wss?:|\*)|\./.test(s));
        expect({ name, servers: servers.filter((s) => s !== OFFICE_ORIGIN) }).toEqual({
          name,
          servers: [],
        });
        expect(policy).toMatch(/(^|;)\s*(default-src 'none'|connect-src 'self')/);
      }
    });

    it("the manifest points Office at the add-in's own server only", () => {
      const xml = readFileSync(join(out, "addin", "manifest.xml"), "utf8");
      const urls = [...xml.matchAll(/(\w[\w:]*)="(https?:\/\/[^"]+)"/g)]
        .filter(([, attribute]) => !/^xmlns\b/.test(attribute))
        .map((m) => m[2]);
      expect(urls.length).toBeGreaterThan(5);
      expect(urls.filter((u) => !u.startsWith(BASE_URL))).toEqual([]);
    });
  });
});
