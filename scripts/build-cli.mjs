// Bundles the CLI into CommonJS files so `bin/phuluc.js` runs without a TypeScript loader:
// phuluc.cjs, and readWorker.cjs beside it (the second thread that reads unit files).
import { buildNodeBundles } from "./esbuildNode.mjs";

await buildNodeBundles({ phuluc: "src/cli/main.ts" }, "dist/cli", { sourcemap: true });
