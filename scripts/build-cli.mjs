// Bundles the CLI into CommonJS files so `bin/phuluc.js` runs without a TypeScript loader:
// phuluc.cjs, and helperWorker.cjs beside it (the helper thread: loads unit files, deflates output).
import { buildNodeBundles } from "./esbuildNode.mjs";

await buildNodeBundles({ phuluc: "src/cli/main.ts" }, "dist/cli", { sourcemap: true });
