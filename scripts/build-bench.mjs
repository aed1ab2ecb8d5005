// Bundles `npm run bench` the way the CLI ships (esbuild, CommonJS, packages external), so the
// figures are those of the code users run, not of a TypeScript loader's output.
import { build } from "esbuild";

await build({
  entryPoints: ["bench/run.ts"],
  // In .tmp/ so that `join(__dirname, "..")` is the project root, as from bench/.
  outfile: ".tmp/bench-run.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
