// Bundles `npm run bench` the way the CLI ships, so the figures are those of the code users
// run, not of a TypeScript loader's output. Two levels below the root, so that
// `join(__dirname, "..", "..")` is the project root, as from bench/ it is one.
import { buildNodeBundles } from "./esbuildNode.mjs";

await buildNodeBundles({ run: "bench/run.ts" }, ".tmp/bench-build");
