import type { PlanSheet } from "../../shared/model";

/**
 * The sheet names ExcelJS accepts and writes: the same checks (not empty, not "History", none of
 * * ? : \ / [ ], no quote at either end, unique ignoring case) and names longer than 31 characters
 * cut to 31, as Excel requires.
 *
 * @example sheetNames([{ name: "Biểu 1", … }]) → ["Biểu 1"]
 */
export function sheetNames(sheets: PlanSheet[]): string[] {
  const out: string[] = [];
  for (const { name: given } of sheets) {
    if (typeof given !== "string") throw new Error("The name has to be a string.");
    if (given === "") throw new Error("The name can't be empty.");
    if (given === "History") {
      throw new Error('The name "History" is protected. Please use a different name.');
    }
    if (/[*?:/\\[\]]/.test(given)) {
      throw new Error(
        `Worksheet name ${given} cannot include any of the following characters: * ? : \\ / [ ]`,
      );
    }
    if (/(^')|('$)/.test(given)) {
      throw new Error(
        `The first or last character of worksheet name cannot be a single quotation mark: ${given}`,
      );
    }
    const name = given.length > 31 ? given.substring(0, 31) : given;
    if (out.some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Worksheet name already exists: ${name}`);
    }
    out.push(name);
  }
  return out;
}
