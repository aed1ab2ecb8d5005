import { bigListWorkbook } from "../corpus/bigSheet";
import { readWorkbook } from "../../src/io";
import { checkWorkbooks } from "../../src/shared/pipeline/checkWorkbooks";
import { corpusCampaigns } from "../corpus/campaigns";
void bigListWorkbook().then((b) => {
  const wb = readWorkbook(b, "big.xlsx");
  const t = Date.now();
  const r = checkWorkbooks({ campaign: corpusCampaigns.embedded, workbooks: [wb], asOf: 44322 });
  console.log("check ms", Date.now() - t);
  const own = r.findings.filter((f) => f.code !== "W_MISSING");
  console.log(
    own.length,
    own.slice(0, 5).map((f) => [f.code, f.sheet, f.cell, f.message.vi]),
  );
  console.log(r.units[0].report.lists.L1.length);
});
