import type { EvalError, Scalar } from "./formulaEngine";

/** The part of functions.json the emulation reads. */
export interface CustomFunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  functions: Array<{
    id: string;
    parameters: Array<{ name: string; dimensionality?: string; optional?: boolean }>;
    options?: { volatile?: boolean };
  }>;
}

export type CustomFunctionImpl = (...args: unknown[]) => unknown;

/** Custom functions as Excel registers them: a namespace, the metadata, the associated code. */
export interface CustomFunctionsRegistration {
  namespace: string;
  metadata: CustomFunctionsMetadata;
  /** By function id, as `CustomFunctions.associate(id, fn)` gives them. */
  implementations: ReadonlyMap<string, CustomFunctionImpl>;
  /** `CustomFunctions.Error` of the runtime, used for the error values Excel passes in. */
  ErrorClass: new (code: string, message?: string) => object;
}

/** One argument as the formula gave it: a scalar, or a range's cells (rows of values). */
export type CustomArgument = { scalar: Scalar } | { cells: Scalar[][] } | undefined;

/** The codes whose message Excel shows; other codes' messages are dropped. */
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);

const isError = (v: unknown): v is EvalError =>
  typeof v === "object" && v !== null && "error" in (v as object);

function firstError(args: CustomArgument[]): EvalError | undefined {
  for (const a of args) {
    if (!a) continue;
    if ("scalar" in a) {
      if (isError(a.scalar)) return a.scalar;
    } else {
      for (const row of a.cells) for (const v of row) if (isError(v)) return v;
    }
  }
  return undefined;
}

/**
 * Calls a custom function the way Excel does, in the rules Microsoft documents:
 *
 * - Error inputs: "To process inputs that contain errors, a custom function must have the JSON
 *   metadata property allowErrorForDataTypeAny set to true"
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs).
 *   Without it the function is not called and the cell shows the error. WHICH error Excel shows
 *   when several are given is not documented; the emulation shows the first in argument order.
 * - Ranges come as arrays of rows (`matrix` dimensionality,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#parameters); how an
 *   empty cell arrives is not documented on that page: the emulation passes "" as observed in
 *   Microsoft's samples, and null for an omitted optional argument.
 * - A thrown `CustomFunctions.Error` is the cell's error; only #VALUE! and #N/A keep a message
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors); any other
 *   exception is #VALUE! ("By default, Excel returns #VALUE! for unhandled errors", same page).
 *
 * @example callCustomFunction(reg, "REPORTINGRATE", [{ cells: [[44320], [{ error: "#N/A" }]] }])
 *   // → 0.5 with allowErrorForDataTypeAny, { error: "#N/A" } without
 */
export function callCustomFunction(
  reg: CustomFunctionsRegistration,
  id: string,
  args: CustomArgument[],
): Scalar {
  const meta = reg.metadata.functions.find((f) => f.id === id);
  const impl = reg.implementations.get(id);
  if (!meta || !impl) return { error: "#NAME?" };
  const params = meta.parameters;
  const required = params.filter((p) => !p.optional).length;
  if (args.length < required || args.length > params.length) return { error: "#VALUE!" };
  if (!reg.metadata.allowErrorForDataTypeAny) {
    const blocked = firstError(args);
    if (blocked) return { error: blocked.error };
  }
  const toJs = (v: Scalar): unknown =>
    v === null ? "" : isError(v) ? new reg.ErrorClass(v.error) : v;
  const jsArgs = params.map((p, i) => {
    const a = args[i];
    if (!a) return null;
    const cells = "cells" in a ? a.cells : [[a.scalar]];
    if (p.dimensionality === "matrix") return cells.map((row) => row.map(toJs));
    // A multi-cell range given for a scalar parameter: Excel's implicit intersection is not
    // modelled; the emulation refuses it.
    if (cells.length !== 1 || cells[0].length !== 1) return new reg.ErrorClass("#VALUE!");
    return toJs(cells[0][0]);
  });
  try {
    const out = impl(...jsArgs);
    if (typeof out === "number" || typeof out === "string" || typeof out === "boolean") return out;
    return { error: "#VALUE!" };
  } catch (e) {
    const code = (e as { code?: unknown })?.code;
    if (typeof code === "string" && code.startsWith("#")) {
      const message = (e as { message?: unknown }).message;
      return WITH_MESSAGE.has(code) && typeof message === "string" && message
        ? { error: code, message }
        : { error: code };
    }
    return { error: "#VALUE!" };
  }
}

/** Whether a registered function is volatile (recalculated at every calculation). */
export function isVolatile(reg: CustomFunctionsRegistration, id: string): boolean {
  return reg.metadata.functions.find((f) => f.id === id)?.options?.volatile === true;
}
