#!/usr/bin/env node
// Thin launcher: the bundled CLI is built by `npm run build:cli` (run automatically by npm ci).
require("../dist/cli/phuluc.cjs")
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
