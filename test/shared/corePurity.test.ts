import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const SHARED = resolve(__dirname, "../../src/shared");
const ALLOWED_PACKAGES = ["zod"];

/** The core's production modules: every .ts under src/shared but the tests beside them. */
function coreModules(dir = SHARED): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return coreModules(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/**
 * Every module a file names: static and type imports, re-exports, `import()`, `import("…").T`
 * and `require()`. Parsed, not pattern-matched: ts.preProcessFile's quick scan gives up on some
 * files (a1.ts) and would see nothing in them.
 */
function specifiersOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  const out: string[] = [];
  const named = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) out.push(node.text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) named(node.moduleSpecifier);
    else if (ts.isExternalModuleReference(node)) named(node.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      named(node.argument.literal);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    )
      named(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Top folder of src/shared a path lies in (`read`, `plan`, `template`…). */
const folderOf = (path: string) => relative(SHARED, path).split(sep)[0];

/** Folder → folders its modules import from (other than itself). */
function folderGraph(files: string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const s of specifiersOf(file).filter((s) => s.startsWith("."))) {
      const to = folderOf(resolve(dirname(file), s));
      if (to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** One cycle per strongly connected group of folders (Tarjan), each as a path `a → b → a`. */
function folderCycles(graph: Map<string, Set<string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do group.push((w = stack.pop()!));
      while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  // Name one concrete cycle of each group, so the failure says which imports to untangle.
  return groups.map((group) => {
    const path = [group[0]];
    const seen = new Set(path);
    for (;;) {
      const next = [...graph.get(path[path.length - 1])!].find((w) => group.includes(w))!;
      path.push(next);
      if (seen.has(next)) return path.slice(path.indexOf(next)).join(" → ");
      seen.add(next);
    }
  });
}

/**
 * The core runs in the task pane, in the custom-functions runtime, in a worker and in Node: it
 * may use the language (ES2022) and zod, nothing of a host. Type-checking it with no DOM library
 * and no ambient types (no @types/node, no office-js) makes every use of `document`, `window`,
 * `process`, `Buffer`, `require`, `Office`, `Excel`, `console`, `setTimeout`, `TextEncoder`… an
 * error, wherever it hides.
 */
describe("src/shared is the pure core", () => {
  const files = coreModules();

  it("finds the core's modules", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map(folderOf)).toEqual(expect.arrayContaining(["read", "plan", "template"]));
  });

  it("imports only zod and its own modules", () => {
    const outside = files.flatMap((file) =>
      specifiersOf(file)
        .filter((s) =>
          s.startsWith(".")
            ? relative(SHARED, resolve(dirname(file), s)).startsWith("..")
            : !ALLOWED_PACKAGES.includes(s),
        )
        .map((s) => `${relative(SHARED, file)}: ${s}`),
    );
    expect(outside).toEqual([]);
  });

  it("uses no DOM, Node or Office global (type-checked against ES2022 alone)", () => {
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts"],
      types: [],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      isolatedModules: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? relative(SHARED, d.file.fileName) : "";
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    });
    expect(problems).toEqual([]);
  });

  it("has no import cycle between its folders", () => {
    const graph = folderGraph(files);
    expect(folderCycles(graph)).toEqual([]);
    // Template layout and meta keys are neither reading's nor the plan's: both use them.
    expect(graph.get("read")).toContain("template");
    expect(graph.get("plan")).toContain("template");
    expect(graph.get("read")).not.toContain("plan");
    expect(graph.get("plan")).not.toContain("read");
  });

  it("names a folder cycle when there is one", () => {
    const graph = new Map([
      ["read", new Set(["template", "plan"])],
      ["plan", new Set(["read", "template"])],
      ["template", new Set<string>()],
    ]);
    expect(folderCycles(graph)).toEqual(["plan → read → plan"]);
  });
});
