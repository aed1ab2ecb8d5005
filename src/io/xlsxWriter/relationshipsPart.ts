const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A relationships part: each [type, target] gets the id rId1, rId2, … in order.
 *
 * @example relationshipsPart([[`${REL}/styles`, "styles.xml"]]) // '<?xml …?>\n<Relationships …'
 */
export function relationshipsPart(rels: Array<[type: string, target: string]>): string {
  const items = rels.map(
    ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/** _rels/.rels: the workbook and the two property parts. */
export function rootRelsPart(): string {
  return relationshipsPart([
    [`${REL}/officeDocument`, "xl/workbook.xml"],
    [
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml",
    ],
    [`${REL}/extended-properties`, "docProps/app.xml"],
  ]);
}

/**
 * xl/_rels/workbook.xml.rels: styles, theme, shared strings (when any), then the sheets — so the
 * first sheet is rId4 with shared strings, rId3 without.
 */
export function workbookRelsPart(sheetCount: number, hasSharedStrings: boolean): string {
  const rels: Array<[string, string]> = [
    [`${REL}/styles`, "styles.xml"],
    [`${REL}/theme`, "theme/theme1.xml"],
  ];
  if (hasSharedStrings) rels.push([`${REL}/sharedStrings`, "sharedStrings.xml"]);
  for (let i = 1; i <= sheetCount; i++) rels.push([`${REL}/worksheet`, `worksheets/sheet${i}.xml`]);
  return relationshipsPart(rels);
}
