// Bundles the CLI into CommonJS files so `bin/phuluc.js` runs without a TypeScript loader:
// phuluc.cjs, and readWorker.cjs beside it (the second thread that reads unit files).
import { build } from "esbuild";

await build({
  entryPoints: { phuluc: "src/cli/main.ts", readWorker: "src/cli/readWorker.ts" },
  outdir: "dist/cli",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
