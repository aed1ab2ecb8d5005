// Bundles `npm run bench` the way the CLI ships (esbuild, CommonJS, packages external, the read
// worker beside it), so the figures are those of the code users run, not of a TypeScript loader.
import { build } from "esbuild";

await build({
  entryPoints: { run: "bench/run.ts", readWorker: "src/cli/readWorker.ts" },
  // Two levels below the root, so `join(__dirname, "..", "..")` is the project root.
  outdir: ".tmp/bench-build",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
