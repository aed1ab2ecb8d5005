import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFigures {
  taskpaneGzipKB: number;
  functionsGzipKB: number;
  firstLoadFiles: string[];
}

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");

const gzKB = (file: string) =>
  Math.round((gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024) * 10) / 10;

/**
 * Builds the production bundles (unless `reuse` and dist/ exists) and measures, gzipped, the
 * JavaScript the task pane page loads first (its script tags, without the functions bundle it
 * also hosts) and the functions bundle.
 */
export function benchBundles(reuse = false): BundleFigures {
  if (!reuse || !existsSync(join(DIST, "taskpane.html"))) {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
      { cwd: ROOT, stdio: "pipe" },
    );
  }
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith("http"));
  const own = scripts.filter((s) => !/functions/.test(s));
  const functionsFile = scripts.find((s) => /functions/.test(s)) ?? "functions.js";
  return {
    taskpaneGzipKB: Math.round(own.reduce((sum, f) => sum + gzKB(f), 0) * 10) / 10,
    functionsGzipKB: gzKB(functionsFile),
    firstLoadFiles: own,
  };
}
