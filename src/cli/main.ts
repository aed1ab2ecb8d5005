#!/usr/bin/env node
import { Command } from "commander";
import { registerCommands } from "./commands";

/** Exit codes: 0 all good, 1 findings of severity error, 2 usage or I/O failure. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name("phuluc")
    .description("Tổng hợp phụ lục — mẫu, kiểm tra và tổng hợp phụ lục của các đơn vị")
    .exitOverride((err) => {
      process.exit(err.exitCode === 0 ? 0 : 2);
    });
  registerCommands(program);
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((err: unknown) => {
      process.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    });
}
