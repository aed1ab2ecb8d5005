// The one way Node bundles are built (CLI and bench): CommonJS for Node 20, packages left to
// node_modules, the helper thread's script beside the main script. Bundles named by the keys of
// `entries`.
import { build } from "esbuild";
import { dirname, join } from "node:path";

/**
 * Modules that have a Node twin beside them (`x.node.ts` for `x.ts`), used in Node bundles in
 * their place: SheetJS loaded on first use rather than at start-up.
 */
const NODE_TWINS = /^\.\/sheetJs$/;

const nodeTwins = {
  name: "node-twins",
  setup(b) {
    b.onResolve({ filter: NODE_TWINS }, (args) => ({
      path: join(dirname(args.importer), `${args.path}.node.ts`),
    }));
  },
};

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
    plugins: [nodeTwins],
    ...extra,
  });
}
