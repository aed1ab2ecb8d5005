import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const ALLOWED_PACKAGES = new Set(["@e965/xlsx", "fflate"]);

/** Every module readWorkbook pulls in at run time, following relative imports (`import type` is erased). */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const source = readFileSync(file, "utf8");
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\b(?!\s+type\b)[^'"]*?from\s+["']([^"']+)["']/gm),
    ].map((m) => m[1]);
    graph.set(file, specifiers);
    for (const s of specifiers) {
      if (!s.startsWith(".")) continue;
      const base = resolve(dirname(file), s);
      visit(existsSync(`${base}.ts`) ? `${base}.ts` : join(base, "index.ts"));
    }
  };
  visit(entry);
  return graph;
}

/** The task pane lazy-loads readWorkbook in the browser: nothing it needs may be Node-only. */
describe("readWorkbook is browser-safe", () => {
  const graph = importGraph(join(__dirname, "../../src/io/readWorkbook.ts"));

  it("imports only relative modules, SheetJS and fflate", () => {
    const packages = new Set([...graph.values()].flat().filter((s) => !s.startsWith(".")));
    expect([...packages].sort()).toEqual([...ALLOWED_PACKAGES].sort());
    expect(graph.size).toBeGreaterThan(8);
  });

  it("uses no Node globals", () => {
    for (const file of graph.keys()) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect({ file, hits: code.match(/\b(Buffer|process|require|__dirname)\b/g) }).toEqual({
        file,
        hits: null,
      });
    }
  });
});
