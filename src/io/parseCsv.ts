/**
 * Splits CSV text into rows of raw field strings (RFC 4180: quoted fields may hold separators,
 * doubled quotes and line breaks; CRLF, LF and CR all end a row). Fields are not trimmed or
 * converted: deciding what "1.234" means is the reader's job, not the file parser's.
 * A final empty line is not a row.
 *
 * @example parseCsv('a;"b;""c"""\r\n1;2', ";") → [["a", 'b;"c"'], ["1", "2"]]
 */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  // Whether the current row has begun: a lone quoted empty field ("") is still a row.
  let begun = false;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
    begun = false;
  };
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    begun = true;
    if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (begun) endRow();
  return rows;
}
