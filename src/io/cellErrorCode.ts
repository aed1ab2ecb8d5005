/** Excel's error texts by BIFF error number, the form SheetJS keeps error cells in. */
const ERROR_CODES: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

const ERROR_NUMBERS = new Map(Object.entries(ERROR_CODES).map(([n, text]) => [text, Number(n)]));

/**
 * The error text of a cell holding a BIFF error number; "#VALUE!" for anything else.
 *
 * @example cellErrorCode(0x17) === "#REF!"; cellErrorCode(undefined) === "#VALUE!"
 */
export function cellErrorCode(biff: number | undefined): string {
  return ERROR_CODES[biff as number] ?? "#VALUE!";
}

/**
 * The BIFF number of an error text as SheetJS maps the text of an .xlsx error cell; undefined for
 * texts it has no number for ("#SPILL!", a typo), which cellErrorCode then reads as "#VALUE!".
 *
 * @example cellErrorCode(errorNumberOfText("#N/A")) === "#N/A"
 */
export function errorNumberOfText(text: string | undefined): number | undefined {
  return text === undefined ? undefined : ERROR_NUMBERS.get(text);
}
