import fc from "fast-check";
import { joinList, splitList } from "./splitList";
import { formatValueColumns, parseValueColumns } from "./valueColumns";

const item = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((s) => s.replace(/[\r\n]/g, " ").trim())
  .filter((s) => s !== "");

describe("splitList / joinList", () => {
  it("splits on ';' or, when there are line breaks, on lines", () => {
    expect(splitList("CQ; DN")).toEqual(["CQ", "DN"]);
    expect(splitList(" CQ ;; DN ; ")).toEqual(["CQ", "DN"]);
    expect(splitList("Khá; trung bình\r\nYếu")).toEqual(["Khá; trung bình", "Yếu"]);
    expect(splitList("")).toEqual([]);
  });

  it("joins so that splitList reads the same items back", () => {
    expect(joinList(["CQ", "DN"])).toBe("CQ; DN");
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
      }),
    );
  });
});

describe("formatValueColumns / parseValueColumns", () => {
  it("writes id|header items and reads them back", () => {
    const columns = [
      { id: "2016", header: "Năm 2016" },
      { id: "2017", header: "Năm 2017 | ước" },
    ];
    expect(formatValueColumns(columns)).toBe("2016|Năm 2016; 2017|Năm 2017 | ước");
    expect(parseValueColumns(formatValueColumns(columns))).toEqual(columns);
  });

  it("reads a bare id as both id and header, and trims around '|'", () => {
    expect(parseValueColumns("SL ; 2017 | Năm 2017")).toEqual([
      { id: "SL", header: "SL" },
      { id: "2017", header: "Năm 2017" },
    ]);
  });

  it("keeps headers containing ';' by writing one column per line", () => {
    const columns = [
      { id: "A", header: "Cộng; lũy kế" },
      { id: "B", header: "Khác" },
    ];
    expect(formatValueColumns(columns)).toBe("A|Cộng; lũy kế\nB|Khác");
    expect(parseValueColumns(formatValueColumns(columns))).toEqual(columns);
  });
});
