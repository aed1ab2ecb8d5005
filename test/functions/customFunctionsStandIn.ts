/**
 * A minimal stand-in for the Office custom functions runtime, so the functions can be called
 * directly in tests: `CustomFunctions.Error` with the runtime's error codes, and `associate`
 * recording what a bundle registers.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Like Office's class: not a JS Error subclass, just a code and an optional message. */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface StandIn {
  Error: typeof StandInError;
  ErrorCode: typeof ERROR_CODES;
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  associations: Map<string, (...args: unknown[]) => unknown>;
}

/** A fresh runtime object (for a vm context, or for globalThis). */
export function makeCustomFunctionsStandIn(): StandIn {
  const associations = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: StandInError,
    ErrorCode: ERROR_CODES,
    associate: (id, fn) => void associations.set(id, fn),
    associations,
  };
}

/** Installs the stand-in as the global `CustomFunctions`; returns a function that removes it. */
export function installCustomFunctionsStandIn(): () => void {
  const g = globalThis as { CustomFunctions?: unknown };
  const before = g.CustomFunctions;
  g.CustomFunctions = makeCustomFunctionsStandIn();
  return () => {
    g.CustomFunctions = before;
  };
}

/** The Excel error a call gives (its code and message); fails the test when it gives none. */
export function errorOf(call: () => unknown): { code: string; message?: string } {
  try {
    const value = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (!(e instanceof StandInError)) throw e;
    return { code: e.code, message: e.message };
  }
}

/** The Excel error code a function call throws (a CustomFunctions.Error), or "no error". */
export function errorCodeOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    return (e as { code: string }).code;
  }
  return "no error";
}
