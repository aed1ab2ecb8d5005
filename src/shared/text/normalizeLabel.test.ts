import fc from "fast-check";
import { normalizeLabel } from "./normalizeLabel";

/** The definition, written plainly: normalizeLabel must agree with it (it only runs faster). */
function reference(s: string): string {
  let t = s
    .normalize("NFD")
    .toLowerCase()
    .replace(/\p{Mn}/gu, "")
    .replace(/[đð]/g, "d")
    .replace(/[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g, "-")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .normalize("NFC");
  // Brackets left empty by dropping footnote stars go too: "(*)" → "".
  if (t.includes("*")) {
    t = t.replace(/\*/g, "");
    for (let prev = ""; prev !== t;) {
      prev = t;
      t = t.replace(/[([{]\s*[)\]}]/g, " ");
    }
  }
  return t
    .replace(/\s+/g, " ")
    .replace(/^[\s\-+•·◦▪‣∙.,;:'"“”‘’«»]+/, "")
    .replace(/[\s\-.,;:'"“”‘’«»]+$/, "");
}

describe("normalizeLabel", () => {
  it("agrees with its plain definition on any text", () => {
    for (const unit of ["grapheme", "binary", "grapheme-ascii"] as const) {
      fc.assert(
        fc.property(fc.string({ unit }), (s) => normalizeLabel(s) === reference(s)),
        { numRuns: 3000 },
      );
    }
    const vietnamese = fc.string({
      unit: fc.constantFrom(
        ..."aăâđeêioôơuưyÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬĐÈÉẺẼẸỀẾỂỄỆỲÝỶỸỴ \u00a0\t\n–—-*():.,\u0301\u0323\u200b",
      ),
    });
    fc.assert(
      fc.property(vietnamese, (s) => normalizeLabel(s) === reference(s)),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["  Số  cuộc\u00a0HỘI NGHỊ: ", "so cuoc hoi nghi"],
    ["ĐẢNG BỘ", "dang bo"],
    ["đảng bộ", "dang bo"],
    ["Tổng số\tđảng viên\n(người)", "tong so dang vien (nguoi)"],
    ["- Đảng viên mới (*)", "dang vien moi"],
    ["Số lượng (**):", "so luong"],
    ["Ghi chú*", "ghi chu"],
    ["• Nội dung", "noi dung"],
    ["Quý I – 2025", "quy i - 2025"],
    ["Quý I—2025", "quy i-2025"],
    ["“Tên đơn vị”", "ten don vi"],
    ["Tỷ lệ (%)", "ty le (%)"],
    ["Ngày\u200bký", "ngayky"],
    ["Thuế\u2009VAT", "thue vat"],
    ["Mã số.", "ma so"],
    ["", ""],
    ["   ", ""],
    [":", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it("gives the same result for NFC and NFD input", () => {
    const label = "Số cán bộ, công chức được bồi dưỡng nghiệp vụ";
    expect(normalizeLabel(label.normalize("NFD"))).toBe(normalizeLabel(label.normalize("NFC")));
    expect(normalizeLabel(label.normalize("NFD"))).toBe(
      "so can bo, cong chuc duoc boi duong nghiep vu",
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        return normalizeLabel(s.normalize("NFD")) === normalizeLabel(s.normalize("NFC"));
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = normalizeLabel(s);
        return normalizeLabel(once) === once;
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."(*)[]:- .\u00a0Đđạ•“") }), (s) => {
        const once = normalizeLabel(s);
        return normalizeLabel(once) === once;
      }),
      { numRuns: 2000 },
    );
  });

  it("never leaves upper case, marks, doubled spaces or edge spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = normalizeLabel(s);
        return !/[A-ZĐ]|\p{Mn}|\s\s|^\s|\s$/u.test(out);
      }),
    );
  });

  it("returns an empty string for non-strings instead of throwing", () => {
    expect(normalizeLabel(undefined as unknown as string)).toBe("");
    expect(normalizeLabel(12 as unknown as string)).toBe("");
  });
});
