import { writePlan } from "../../src/io/writePlan";
import { buildTemplatePlan } from "../../src/shared/plan/buildTemplatePlan";
import { corpusCampaigns } from "./campaigns";
import { unitOf, unitValues } from "./unitValues";
import { XlsxParts } from "./xlsxParts";

/** Tab name of the list sheet the rows are pasted into. */
export const BIG_SHEET = "L1 Mô hình điển hình";

/**
 * A unit's filled template whose list sheet L1 holds `rows` rows (200,000 by default), as when a
 * unit pastes a whole staff register into it: every row a typical model with a name, a field, a
 * year and a result. Made at test time: the file is several megabytes.
 *
 * @example readWorkbook(await bigListWorkbook(), "big.xlsx").sheets[5].rows.length // 200004
 */
export async function bigListWorkbook(unitCode = "CBCS04", rows = 200_000): Promise<Uint8Array> {
  const campaign = corpusCampaigns.embedded;
  const filled = unitValues(unitOf(campaign, unitCode));
  filled.lists.L1 = [];
  const x = XlsxParts.of(await writePlan(buildTemplatePlan(campaign, { unitCode, filled })));
  const first = 5; // first data row of a list sheet (1-based)
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    out.push(
      `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c>` +
        `<c r="B${r}" t="inlineStr"><is><t>Mô hình số ${i + 1}</t></is></c>` +
        `<c r="C${r}" t="inlineStr"><is><t>Văn hóa công sở</t></is></c>` +
        `<c r="D${r}"><v>${2016 + (i % 6)}</v></c>` +
        `<c r="E${r}" t="inlineStr"><is><t>Nhân rộng</t></is></c></row>`,
    );
  }
  x.editSheet(BIG_SHEET, (xml) =>
    xml
      .replace(/<row r="(\d+)"[^>]*?(\/>|>.*?<\/row>)/gs, (m, r: string) =>
        Number(r) >= first ? "" : m,
      )
      .replace("</sheetData>", `${out.join("")}</sheetData>`)
      .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:F${first + rows - 1}"/>`),
  );
  return x.bytes();
}
