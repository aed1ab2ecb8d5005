const YEARS = ["D", "E", "F", "G", "H"];

/**
 * The sheet XML of a working sheet as Excel writes one: a table ("Bang1") of `rows` rows whose
 * lookups and structured references are filled right across five year columns, so every row
 * holds its own shared-formula group (`si`) — thousands of groups in a real workbook — with the
 * cached values Excel saved.
 *
 * @example sharedFormulaSheet(3) // 3 rows, 15 formula cells, 3 shared groups
 */
export function sharedFormulaSheet(rows: number): string {
  const out: string[] = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Mã</t></is></c>' +
      YEARS.map((c, i) => `<c r="${c}1" t="inlineStr"><is><t>Năm ${2016 + i}</t></is></c>`).join(
        "",
      ) +
      "</row>",
  ];
  for (let r = 2; r <= rows + 1; r++) {
    const si = r - 2;
    const cells = YEARS.map((c, i) => {
      const f =
        i === 0
          ? `<f t="shared" ref="D${r}:H${r}" si="${si}">IFERROR(VLOOKUP($B${r},Bang1[#All],COLUMN(D$1),FALSE),0)*Bang1[[#This Row],[Hệ số]]+SUMIFS(Bang1[Năm 2016],Bang1[Mã],$B${r})</f>`
          : `<f t="shared" si="${si}"/>`;
      return `<c r="${c}${r}">${f}<v>${r + i}</v></c>`;
    });
    out.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>DV${r}</t></is></c>${cells.join("")}</row>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${out.join("")}</sheetData></worksheet>`
  );
}
