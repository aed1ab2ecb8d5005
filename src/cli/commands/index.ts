import type { Command } from "commander";
import { registerCalendarCommand } from "./calendar";
import { registerConsolidateCommand } from "./consolidate";
import { registerDeadlinesCommand } from "./deadlines";
import { registerDemoCommand } from "./demo";
import { registerReportCommand } from "./report";
import { registerFeedbackCommand } from "./feedback";
import { registerTemplateCommand } from "./template";
import { registerValidateCommand } from "./validate";

/** Each command lives in its own module and registers itself here. */
export function registerCommands(program: Command): void {
  registerTemplateCommand(program);
  registerValidateCommand(program);
  registerConsolidateCommand(program);
  registerDemoCommand(program);
  registerCalendarCommand(program);
  registerDeadlinesCommand(program);
  registerReportCommand(program);
  registerFeedbackCommand(program);
}
