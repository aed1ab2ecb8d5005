/**
 * Remembers a pure function's last argument and result: the unit files of a campaign share their
 * content types, relationships, workbook and styles parts byte for byte, so each is parsed once
 * per run instead of once per file. Results must not be mutated by callers.
 *
 * @example const read = memoLast(readCellFormats); read(xml) === read(xml)
 */
export function memoLast<R>(fn: (text: string) => R): (text: string) => R {
  let lastText: string | undefined;
  let lastResult: R;
  return (text) => {
    if (text !== lastText) {
      lastResult = fn(text);
      lastText = text;
    }
    return lastResult;
  };
}
