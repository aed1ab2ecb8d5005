import { insertRows, XlsxParts } from "../corpus/xlsxParts";
import {
  consolidateSet,
  findingsOf,
  resaveAllWithLibreOffice,
  type SetResult,
  soffice,
  typeText,
  unitSet,
} from "./officeSet";

const B1 = "B1 Quán triệt, triển khai";
const B2 = "B2 Kết quả thực hiện";
const B3 = "B3 Kỷ luật, vi phạm";
const L1 = "L1 Mô hình điển hình";

const edited = (change: (x: XlsxParts) => void) => (bytes: Uint8Array) => {
  const x = XlsxParts.of(bytes);
  change(x);
  return x.bytes();
};

/** The notes of one code, as "unit sheet!cell". */
const notes = (r: SetResult, code: string) =>
  r.findings
    .filter((f) => f.code === code)
    .map((f) => `${f.unit} ${f.sheet ?? ""}!${f.cell ?? ""}`);

let original: SetResult;
beforeAll(async () => {
  original = consolidateSet(await unitSet());
});

/** The set read with the change gives the original totals and lists, no errors or warnings. */
function expectSameResults(changed: SetResult): void {
  expect(findingsOf(changed, ["error", "warning"])).toEqual([]);
  expect(changed.totals).toEqual(original.totals);
  expect(changed.lists).toEqual(original.lists);
}

describe("a unit that changed the template gets a note saying how, and the same totals", () => {
  it("rows inserted (a blank one, one with the unit's own note)", async () => {
    const run = consolidateSet(
      await unitSet(
        edited((x) => {
          x.editSheet(B1, (xml) => typeText(insertRows(xml, 8, 2), "B8", "Ghi chú của đơn vị"));
          x.editSheet(B3, (xml) => insertRows(xml, 5, 1));
        }),
      ),
    );
    expectSameResults(run);
    expect(notes(run, "I_ROWS_MOVED")).toEqual([
      `CBCS01 ${B1}!A10`,
      `CBCS01 ${B3}!A7`,
      `DBCS02 ${B1}!A10`,
      `DBCS02 ${B3}!A7`,
      `DBCS09 ${B1}!A10`,
      `DBCS09 ${B3}!A7`,
    ]);
    expect(run.findings.find((f) => f.code === "I_ROWS_MOVED")!.message.vi).toBe(
      "Mẫu đã bị chèn hoặc xóa dòng: chỉ tiêu 3 ở dòng 10, mẫu đặt ở dòng 8. Số liệu vẫn được đọc theo mã và tên chỉ tiêu.",
    );
  });

  it("tabs renamed and reordered", async () => {
    const run = consolidateSet(
      await unitSet(
        edited((x) => {
          x.renameSheet(B2, "Bieu 2");
          x.renameSheet(L1, "Sheet1");
          x.reorderSheets([B3, B1]);
        }),
      ),
    );
    expectSameResults(run);
    expect(notes(run, "I_SHEET_RENAMED")).toEqual(
      ["CBCS01", "DBCS02", "DBCS09"].flatMap((u) => [`${u} Bieu 2!`, `${u} Sheet1!`]),
    );
    expect(notes(run, "I_SHEET_ORDER")).toHaveLength(3);
  });

  it("the hidden meta sheet deleted", async () => {
    const run = consolidateSet(await unitSet(edited((x) => x.deleteSheet("_PhuLuc"))));
    expectSameResults(run);
    expect(notes(run, "I_META_MISSING")).toEqual(["CBCS01 !", "DBCS02 !", "DBCS09 !"]);
  });

  (soffice ? it : it.skip).each(["xls", "ods"])("saved as .%s by LibreOffice", async (ext) => {
    const files = resaveAllWithLibreOffice(soffice!, await unitSet(), ext);
    const run = consolidateSet(files);
    expectSameResults(run);
    expect(notes(run, "I_RESAVED")).toEqual(["CBCS01 !", "DBCS02 !", "DBCS09 !"]);
    expect(run.findings.find((f) => f.code === "I_RESAVED")!.message.vi).toContain(`.${ext}`);
  });

  it("no note for the unchanged template", () => {
    expect(original.findings).toEqual([]);
  });
});
