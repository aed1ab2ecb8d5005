import { encodeLegacyText } from "../../src/shared/text/encodeLegacyText";
import { mapSharedStrings, XlsxParts } from "../corpus/xlsxParts";
import { consolidateSet, type Filled, findingsOf, unitSet } from "./officeSet";

/**
 * A clerk types the unit's own text in a VNI font (VNI-Times) into the Unicode template: the
 * unit name, the preparer, the names and notes of the lists. Short names such as "Lê Thị Mai"
 * are the hard part: "Thò" (VNI for "Thị") is itself a Unicode word.
 */
const NAMES: Record<string, { unit: string; preparer: string; person: string; group: string }> = {
  CBCS01: {
    unit: "Chi bộ Thanh tra tỉnh",
    preparer: "Lê Thị Mai",
    person: "Phan Thị Lan",
    group: "Tổ Văn thư",
  },
  DBCS02: {
    unit: "Đảng bộ Sở Kế hoạch và Đầu tư",
    preparer: "Lê Minh Sơn",
    person: "Võ Thị Hà",
    group: "Phòng Tổng hợp",
  },
  DBCS09: {
    unit: "Đảng bộ Công ty Cổ phần Cấp nước tỉnh",
    preparer: "Bùi Quốc Lộc",
    person: "Trần Thị Tâm",
    group: "Xí nghiệp nước Hòa Bình",
  },
};

function withNames(f: Filled, code: string): void {
  const n = NAMES[code];
  f.info.unitName = n.unit;
  f.info.preparer = n.preparer;
  f.lists.L2[0].name = n.group;
  f.lists.L2[1].name = n.person;
}

/** Every text the unit typed (not the template's labels), as it is in the filled values. */
function typedTexts(f: Filled): Set<string> {
  const texts = [f.info.unitName, f.info.preparer, ...f.lists.L1.flatMap(Object.values)];
  texts.push(...f.lists.L2.flatMap(Object.values));
  return new Set(texts.filter((t): t is string => typeof t === "string" && t !== ""));
}

describe("text typed in a VNI font", () => {
  it("is converted in every cell, with a warning each, and gives the original set's results", async () => {
    const original = consolidateSet(await unitSet(undefined, withNames));
    let typed = new Set<string>();
    const vni = consolidateSet(
      await unitSet(
        (bytes) => {
          const x = XlsxParts.of(bytes);
          mapSharedStrings(x, (s) => (typed.has(s) ? encodeLegacyText(s, "vni") : s));
          return x.bytes();
        },
        (f, code) => {
          withNames(f, code);
          typed = typedTexts(f);
        },
      ),
    );
    expect(findingsOf(original, ["error", "warning"])).toEqual([]);
    expect(findingsOf(vni, ["error"])).toEqual([]);
    expect(vni.totals).toEqual(original.totals);
    expect(vni.lists).toEqual(original.lists);
    expect(vni.info).toEqual(original.info);
    expect(vni.info.CBCS01.preparer).toBe("Lê Thị Mai");
    expect(vni.info.CBCS01.unitName).toBe("Chi bộ Thanh tra tỉnh");
    const warned = vni.findings.filter((f) => f.code === "W_LEGACY_ENCODING");
    expect(warned.map((f) => f.message.vi)).toContain(
      'Văn bản mã VNI đã được chuyển sang Unicode: "Lê Thị Mai".',
    );
    // Every converted text is named: each unit's 2 info cells and its list texts.
    expect(warned.length).toBeGreaterThanOrEqual(3 * 2 + 3 * 8);
  });
});
