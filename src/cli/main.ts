#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import { registerCommands } from "./commands";
import { UsageError } from "./options";

/** Exit codes: 0 all good, 1 findings of severity error, 2 usage or I/O failure. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name("phuluc")
    .description("Tổng hợp phụ lục — mẫu, kiểm tra và tổng hợp phụ lục của các đơn vị")
    .version(version, "-V, --version", "in số phiên bản")
    .helpOption("-h, --help", "in hướng dẫn sử dụng")
    .helpCommand("help [command]", "in hướng dẫn của một lệnh")
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(err instanceof UsageError ? `${message}\n` : `Lỗi: ${message}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
