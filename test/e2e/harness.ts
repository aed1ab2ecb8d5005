/**
 * The browser harness of the pane tests: builds the preview (webpack, production) into its own
 * folder, serves it on a free local port, and drives it in the system Chromium (headless, no
 * sandbox) with every request to another origin refused. Gives the page, an axe check, a
 * screenshot that first checks the pane fits its width, and a window onto the emulated workbook.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveStatic } from "../../scripts/serveStatic";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ROOT = join(__dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts");
const AXE_PATH = "__test__/axe.min.js";

/** `describe`, or `describe.skip` with a warning when there is no Chromium outside CI. */
export function describeInChromium(): jest.Describe {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.CI === "true") {
    throw new Error(`Chromium not found at ${CHROMIUM}: the browser test must run in CI.`);
  }
  if (!available) {
    console.warn(
      `\n*** SKIPPING browser tests: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH). ***\n`,
    );
  }
  return available ? describe : describe.skip;
}

export interface Preview {
  page: Page;
  context: BrowserContext;
  base: string;
  /** Page errors and Content-Security-Policy violations seen so far. */
  errors: string[];
  /** Opens `preview.html` with the query given. */
  open(query?: string): Promise<void>;
  /** Fails on any serious or critical axe violation of the page as it is. */
  axe(step: string): Promise<void>;
  /** Checks the pane has no horizontal overflow, then saves a screenshot of the pane. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Builds the preview into test-artifacts/<name>-dist and opens Chromium on it. */
export async function startPreview(
  name: string,
  viewport = { width: 1280, height: 900 },
): Promise<Preview> {
  const dist = join(ARTIFACTS, `${name}-dist`);
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--output-path",
      dist,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  const { server, url: base } = await serveStatic(dist);
  const profile = mkdtempSync(join(tmpdir(), "phuluc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) errors.push(m.text());
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === `${base}${AXE_PATH}`) {
      return route.fulfill({
        contentType: "text/javascript",
        body: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"),
      });
    }
    return url.startsWith(base) ? route.continue() : route.abort();
  });
  return {
    page,
    context,
    base,
    errors,
    open: async (query = "") => {
      await page.goto(`${base}preview.html${query}`);
    },
    axe: async (step) => {
      await page.addScriptTag({ url: `${base}${AXE_PATH}` });
      const result = await page.evaluate(async () => {
        type Axe = {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }>;
          }>;
        };
        const r = await (window as unknown as { axe: Axe }).axe.run(document, {
          resultTypes: ["violations"],
        });
        // Fluent UI's focus sentinels (data-tabster-dummy) are aria-hidden and focusable on
        // purpose (microsoft/tabster#288): the one known false positive of aria-hidden-focus.
        return r.violations
          .map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.filter(
              (n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")),
            ).length,
          }))
          .filter((v) => v.nodes > 0);
      });
      const serious = result.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect({ step, serious }).toEqual({ step, serious: [] });
      writeFileSync(join(ARTIFACTS, `axe-${name}-${step}.json`), JSON.stringify(result, null, 2));
    },
    shot: async (shotName) => {
      const overflow = await page.evaluate(() => {
        const main = document.querySelector("main")!;
        return {
          scroll: main.scrollWidth,
          client: main.clientWidth,
          parent: main.parentElement!.clientWidth,
        };
      });
      expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
      expect(overflow.client).toBeLessThanOrEqual(overflow.parent);
      await page.locator("main").screenshot({ path: join(ARTIFACTS, `${name}-${shotName}.png`) });
    },
    close: async () => {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the focused element is, for focus tests: its role-ish description. */
export function focusedElement(page: Page): Promise<{ tag: string; text: string; label: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").trim(),
      label: el?.getAttribute("aria-label") ?? "",
    };
  });
}
