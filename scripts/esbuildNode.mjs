// The one way Node bundles are built (CLI and bench): CommonJS for Node 20, packages left to
// node_modules, the helper thread's script beside the main script. Bundles named by the keys of
// `entries`.
import { build } from "esbuild";

export function buildNodeBundles(entries, outdir, extra = {}) {
  return build({
    entryPoints: { ...entries, helperWorker: "src/cli/helperWorker.ts" },
    outdir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
    ...extra,
  });
}
