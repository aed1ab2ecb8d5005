import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The manifest checked locally, since Microsoft's online validation is unreachable here:
 * well-formed, the elements Office requires for a shared-runtime add-in with custom functions
 * and a ribbon button, every URL under the base URL, every resource id defined and used, every
 * icon present at its size, Vietnamese and English strings within Office's length limits.
 */
const ROOT = join(__dirname, "../..");
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");

const { rewriteManifest, DEV_BASE_URL } = require(join(ROOT, "webpack.config.js")) as {
  rewriteManifest: (xml: string, base: string) => string;
  DEV_BASE_URL: string;
};

// xml2js (a dependency of office-addin-manifest) ships no types.

const { parseStringPromise } = require("xml2js") as {
  parseStringPromise: (xml: string, options: { strict: boolean }) => Promise<{ OfficeApp: Node }>;
};

type Node = Record<string, unknown> & { $?: Record<string, string>; _?: string };

/** Every element (depth first) with its tag name. */
function walk(node: unknown, tag = "", out: Array<{ tag: string; node: Node }> = []) {
  if (Array.isArray(node)) node.forEach((n) => walk(n, tag, out));
  else if (node && typeof node === "object") {
    out.push({ tag, node: node as Node });
    for (const [k, v] of Object.entries(node)) if (k !== "$" && k !== "_") walk(v, k, out);
  }
  return out;
}

function urlsOf(xml: string): string[] {
  // Comments cite Microsoft's pages; only the manifest's own URLs count.
  return [...xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/https?:\/\/[^"<\s]+/g)]
    .map((m) => m[0])
    .filter(
      (u) => !u.startsWith("http://schemas.microsoft.com") && !u.startsWith("http://www.w3.org"),
    );
}

function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  let doc: { OfficeApp: Node };
  let all: Array<{ tag: string; node: Node }>;
  beforeAll(async () => {
    doc = await parseStringPromise(XML, { strict: true });
    all = walk(doc);
  });
  const first = (tag: string) => all.find((e) => e.tag === tag)?.node;
  const allOf = (tag: string) => all.filter((e) => e.tag === tag).map((e) => e.node);

  it("is a well-formed task pane manifest with the required top-level elements in order", () => {
    const app = doc.OfficeApp;
    expect(app.$!["xsi:type"]).toBe("TaskPaneApp");
    const order = Object.keys(app).filter((k) => k !== "$");
    expect(order).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
    expect(String((app.Id as string[])[0])).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(String((app.Version as string[])[0])).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(String((app.DefaultLocale as string[])[0])).toBe("vi-VN");
    expect(allOf("Host").some((h) => h.$?.Name === "Workbook")).toBe(true);
    // The pane needs ExcelApi 1.7; the shared runtime and the functions are asked for by
    // VersionOverrides only, so hosts without them still get the pane.
    expect(allOf("Set").map((s) => [s.$?.Name, s.$?.MinVersion])).toEqual([["ExcelApi", "1.7"]]);
    expect(allOf("bt:Set").map((s) => s.$?.Name)).toEqual([
      "SharedRuntime",
      "CustomFunctionsRuntime",
    ]);
    expect(String((app.Permissions as string[])[0])).toBe("ReadWriteDocument");
  });

  it("declares the shared runtime, the custom functions and the ribbon button", () => {
    expect(first("Runtime")!.$).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const points = allOf("ExtensionPoint").map((p) => p.$?.["xsi:type"]);
    expect(points).toEqual(["CustomFunctions", "PrimaryCommandSurface"]);
    const cf = allOf("ExtensionPoint")[0];
    for (const k of ["Script", "Page", "Metadata", "Namespace"]) expect(cf[k]).toBeDefined();
    const action = first("Action")!;
    expect(action.$!["xsi:type"]).toBe("ShowTaskpane");
    expect((action.SourceLocation as Node[])[0].$!.resid).toBe("Taskpane.Url");
    const ns = allOf("bt:String").find((s) => s.$?.id === "Functions.Namespace")!;
    expect(ns.$!.DefaultValue).toBe("PHULUC");
  });

  it("defines every resource id it uses and uses every one it defines", () => {
    const used = new Set(all.flatMap((e) => (e.node.$?.resid ? [e.node.$.resid] : [])));
    const defined = all
      .filter((e) => /^bt:(Image|Url|String)$/.test(e.tag) && e.node.$?.id)
      .map((e) => e.node.$!.id);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].sort()).toEqual([...new Set(defined)].sort());
  });

  it("puts every URL under the base URL and only on the app domain", () => {
    const urls = urlsOf(XML);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls)
      expect(u === "https://localhost:3000" || u.startsWith(DEV_BASE_URL)).toBe(true);
    const moved = rewriteManifest(XML, "https://addin.example.org/phuluc/");
    const movedUrls = urlsOf(moved);
    expect(movedUrls).toHaveLength(urls.length);
    for (const u of movedUrls) {
      expect(
        u === "https://addin.example.org" || u.startsWith("https://addin.example.org/phuluc/"),
      ).toBe(true);
    }
    expect(moved).not.toContain("localhost");
  });

  it("has every icon in assets/ at the size it claims", () => {
    const icons = urlsOf(XML).filter((u) => u.endsWith(".png"));
    expect(new Set(icons).size).toBeGreaterThanOrEqual(4);
    for (const u of icons) {
      const file = join(ROOT, u.slice(DEV_BASE_URL.length));
      expect(existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(u)![1]);
      expect(pngSize(file)).toEqual({ w: size, h: size });
    }
    for (const img of allOf("bt:Image").filter((i) => i.$?.size)) {
      const def = allOf("bt:Image").find((d) => d.$?.id === img.$!.resid)!;
      expect(def.$!.DefaultValue).toContain(`icon-${img.$!.size}.png`);
    }
    expect(pngSize(join(ROOT, "assets/icon-32.png"))).toEqual({ w: 32, h: 32 });
    expect(first("IconUrl")!.$!.DefaultValue).toMatch(/icon-32\.png$/);
    expect(first("HighResolutionIconUrl")!.$!.DefaultValue).toMatch(/icon-64\.png$/);
  });

  it("gives Vietnamese defaults with English overrides, within Office's length limits", () => {
    const texts = [
      first("DisplayName")!,
      first("Description")!,
      ...allOf("bt:String").filter((s) => s.$?.id !== "Functions.Namespace"),
    ];
    for (const s of texts) {
      const over = (s.Override ?? s["bt:Override"]) as Node[] | undefined;
      expect(over?.[0]?.$).toMatchObject({ Locale: "en-US" });
      expect(over![0].$!.Value.length).toBeGreaterThan(0);
    }
    const short = all.find((e) => e.tag === "bt:ShortStrings")!.node["bt:String"] as Node[];
    const long = all.find((e) => e.tag === "bt:LongStrings")!.node["bt:String"] as Node[];
    for (const s of short) expect(s.$!.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const s of long) expect(s.$!.DefaultValue.length).toBeLessThanOrEqual(250);
    expect(first("DisplayName")!.$!.DefaultValue).toBe("Tổng hợp phụ lục");
  });

  it("overrides no string for its own default locale, and each locale once", () => {
    // "You may only specify a single override per language, including for the default locale"
    // (https://learn.microsoft.com/office/dev/add-ins/develop/localization): an override for
    // DefaultLocale would be the only one Office reads there, leaving the default unused.
    const defaultLocale = String((doc.OfficeApp.DefaultLocale as string[])[0]);
    const withOverrides = all.filter((e) => e.node.Override ?? e.node["bt:Override"]);
    expect(withOverrides.length).toBeGreaterThanOrEqual(7);
    for (const { node } of withOverrides) {
      const locales = ((node.Override ?? node["bt:Override"]) as Node[]).map((o) => o.$!.Locale);
      expect(locales).not.toContain(defaultLocale);
      expect(new Set(locales).size).toBe(locales.length);
    }
    // The Vietnamese functions' metadata is the default, English names are the override.
    const meta = allOf("bt:Url").find((u) => u.$?.id === "Functions.Metadata.Url")!;
    expect(meta.$!.DefaultValue).toMatch(/functions-vi\.json$/);
    expect((meta["bt:Override"] as Node[])[0].$).toMatchObject({ Locale: "en-US" });
  });

  it("keeps the pane installable where custom functions are missing", () => {
    // Base Requirements decide whether the add-in installs at all; VersionOverrides' decide only
    // whether its ribbon button and functions load (Microsoft: "Specify Office applications and
    // API requirements"). The runtime sets belong in VersionOverrides alone.
    const base = (doc.OfficeApp.Requirements as Node[])[0];
    const baseSets = walk(base)
      .filter((e) => e.tag === "Set")
      .map((e) => e.node.$!.Name);
    expect(baseSets).not.toContain("CustomFunctionsRuntime");
    expect(baseSets).not.toContain("SharedRuntime");
    const overrides = (doc.OfficeApp.VersionOverrides as Node[])[0];
    const overrideSets = walk(overrides.Requirements)
      .filter((e) => e.tag === "bt:Set")
      .map((e) => e.node.$!.Name);
    expect(overrideSets).toEqual(
      expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]),
    );
  });

  it("is read by office-addin-manifest (offline parts)", () => {
    const out = execFileSync(
      process.execPath,
      [join(ROOT, "node_modules/office-addin-manifest/cli.js"), "info", "manifest.xml"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(out).toContain("Id: f5f3e214-784c-47ee-9f75-ace28bfe3b8f");
    expect(out).toContain("Name: Tổng hợp phụ lục");
    expect(out).toContain("Source Location: https://localhost:3000/taskpane.html");
  });
});
