import { META_SHEET_NAME } from "../../shared/model";
import { buildMetaSheet } from "../../shared/plan/buildMetaSheet";
import { readMetaSheet } from "../../shared/template/meta";
import { planToGrids } from "../../shared/plan/planToGrids";
import { planSheetChanges } from "./planSheetChanges";
import { withOwnedSheets } from "./withOwnedSheets";

describe("planSheetChanges", () => {
  it("replaces owned sheets (case-insensitively), reports user sheets as clashes", () => {
    const c = planSheetChanges(
      ["Sheet1", "tổng hợp", "Dữ liệu", META_SHEET_NAME],
      { marker: true, owned: ["Tổng hợp", "Cũ"] },
      ["Tổng hợp", "Dữ liệu", "Mới", META_SHEET_NAME],
    );
    expect(c.replace).toEqual(["tổng hợp", META_SHEET_NAME]);
    expect(c.clashes).toEqual(["Dữ liệu"]);
    expect(c.owned).toEqual(["Tổng hợp", "Dữ liệu", "Mới"]);
  });
  it("treats a meta-named sheet without the marker as the user's", () => {
    const c = planSheetChanges([META_SHEET_NAME], { marker: false, owned: [] }, [META_SHEET_NAME]);
    expect(c.clashes).toEqual([META_SHEET_NAME]);
  });
  it("keeps earlier owned sheets that still exist and are not in the plan", () => {
    const c = planSheetChanges(["A", "B"], { marker: true, owned: ["A", "B", "Gone"] }, ["C"]);
    expect(c.owned).toEqual(["A", "B", "C"]);
  });
});

describe("withOwnedSheets", () => {
  const plan = {
    sheets: [buildMetaSheet({ kind: "template", sheetNames: {}, ownedSheets: [] })],
    styles: {},
    names: [],
    properties: { title: "t", creator: "c", created: "2021-01-01T00:00:00.000Z" },
  };
  it("records owned sheets in the plan's meta sheet, readable by the core", () => {
    const out = withOwnedSheets(plan, ["Thông tin", "B1"]);
    const grid = planToGrids(out).find((g) => g.name === META_SHEET_NAME)!;
    expect(readMetaSheet(grid).ownedSheets).toEqual(["Thông tin", "B1"]);
    expect(readMetaSheet(grid).kind).toBe("template");
    expect(readMetaSheet(planToGrids(plan)[0]).ownedSheets).toEqual([]);
  });
  it("adds a meta sheet to a plan without one", () => {
    const out = withOwnedSheets({ ...plan, sheets: [] }, ["X"]);
    expect(readMetaSheet(planToGrids(out)[0]).ownedSheets).toEqual(["X"]);
  });
});
