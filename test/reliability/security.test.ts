import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

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

  const dist = join(ROOT, "dist");
  (existsSync(dist) ? it : it.skip)(
    "the built bundles in dist/ make no network requests either",
    () => {
      const bundles = filesUnder(dist, (p) => /\.(js|cjs|html|xml)$/.test(p));
      expect(bundles.length).toBeGreaterThan(0);
      const found: string[] = [];
      for (const p of bundles) {
        const text = readFileSync(p, "utf8");
        for (const m of text.match(NETWORK_API) ?? []) found.push(`${relative(ROOT, p)}: ${m}`);
        for (const u of text.match(URL) ?? [])
          if (!ALLOWED_URL.test(u)) found.push(`${relative(ROOT, p)}: ${u}`);
      }
      expect([...new Set(found)]).toEqual([]);
    },
  );
});
