import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Both manifests against Microsoft's XML schemas (test/fixtures/manifest-schemas, where its
 * README says where each file and each amendment comes from): the dev manifest (manifest.xml,
 * https://localhost:3000/) and the production manifest the build writes into dist/ with
 * ADDIN_BASE_URL (webpack.config.js, rewriteManifest). Validated by libxml2's xmllint
 * (Debian libxml2-utils, installed by .ci/run); Microsoft's own validator is an online service.
 */
const ROOT = join(__dirname, "../..");
const SCHEMA = join(ROOT, "test/fixtures/manifest-schemas/OfficeAppManifestV1_1.xsd");
const DEV = readFileSync(join(ROOT, "manifest.xml"), "utf8");

const { rewriteManifest } = require(join(ROOT, "webpack.config.js")) as {
  rewriteManifest: (xml: string, base: string) => string;
};
const PRODUCTION = rewriteManifest(DEV, "https://addin.example.org/phuluc/");

function validate(xml: string): { ok: boolean; out: string } {
  const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (r.error) {
    throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${r.error.message}`);
  }
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

/** The manifest with `from` (a regex over the text) cut out and put back after `after`. */
function move(xml: string, from: RegExp, after: string): string {
  const piece = from.exec(xml)![0];
  const cut = xml.replace(piece, "");
  expect(cut).toContain(after);
  return cut.replace(after, `${after}${piece}`);
}

describe("manifests against Microsoft's schemas", () => {
  it("the dev manifest (localhost) is valid", () => {
    const r = validate(DEV);
    expect(r.out).toContain("- validates");
    expect(r.ok).toBe(true);
  });

  it("the production manifest (ADDIN_BASE_URL) is valid", () => {
    expect(PRODUCTION).not.toContain("localhost");
    const r = validate(PRODUCTION);
    expect(r.out).toContain("- validates");
    expect(r.ok).toBe(true);
  });

  it("fails when a base element is out of order (Permissions before DefaultSettings)", () => {
    const bad = move(DEV, /\s*<Permissions>[^<]*<\/Permissions>/, "</Requirements>");
    const r = validate(bad);
    expect(r.ok).toBe(false);
    expect(r.out).toMatch(/Permissions': This element is not expected/);
  });

  it("fails when Runtimes comes after AllFormFactors (the order [MS-OWEMXML] gives Host)", () => {
    const bad = move(DEV, /\s*<Runtimes>[\s\S]*?<\/Runtimes>/, "</AllFormFactors>");
    const r = validate(bad);
    expect(r.ok).toBe(false);
    expect(r.out).toMatch(/Runtimes': This element is not expected/);
  });

  it("fails on a Runtime lifetime other than short/long and on a resid over 32 characters", () => {
    expect(validate(DEV.replace('lifetime="long"', 'lifetime="forever"')).ok).toBe(false);
    const longId = "Taskpane.Url.For.The.Shared.Runtime";
    expect(longId.length).toBeGreaterThan(32);
    const r = validate(DEV.split('"Taskpane.Url"').join(`"${longId}"`));
    expect(r.ok).toBe(false);
    expect(r.out).toMatch(/maxLength/);
  });

  it("fails on a custom-functions extension point outside AllFormFactors' shape", () => {
    // CustomFunctions needs Script before Page.
    const bad = move(DEV, /\s*<Script>[\s\S]*?<\/Script>/, "</Page>");
    expect(validate(bad).ok).toBe(false);
  });

  it("fails on an unknown element where the schema allows none", () => {
    const bad = DEV.replace("<Permissions>", "<Colour>red</Colour>\n  <Permissions>");
    expect(validate(bad).ok).toBe(false);
  });
});
