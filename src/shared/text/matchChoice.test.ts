import { matchChoice } from "./matchChoice";

const status = ["Hoàn thành", "Chưa hoàn thành", "Đang thực hiện"];

describe("matchChoice", () => {
  it("returns the canonical spelling for case, spacing and diacritic variants", () => {
    expect(matchChoice("Hoàn thành", status)).toBe("Hoàn thành");
    expect(matchChoice("  hoàn   THÀNH ", status)).toBe("Hoàn thành");
    expect(matchChoice("chua hoan thanh", status)).toBe("Chưa hoàn thành");
    expect(matchChoice("Đang thực hiện".normalize("NFD"), status)).toBe("Đang thực hiện");
    expect(matchChoice("dang thuc hien.", status)).toBe("Đang thực hiện");
  });

  it("returns null when nothing matches", () => {
    expect(matchChoice("Khác", status)).toBeNull();
    expect(matchChoice("", status)).toBeNull();
    expect(matchChoice("Hoàn", status)).toBeNull();
    expect(matchChoice("Hoàn thành", [])).toBeNull();
  });

  it("prefers an exact match, and refuses to guess between choices that normalize alike", () => {
    const tricky = ["Có", "Cổ", "Không"];
    expect(matchChoice("Cổ", tricky)).toBe("Cổ");
    expect(matchChoice("có", tricky)).toBeNull();
    expect(matchChoice("khong", tricky)).toBe("Không");
  });

  it("matches numbers written as text against numeric choices", () => {
    expect(matchChoice("2", ["1", "2", "3"])).toBe("2");
  });

  it("sees a choice list edited in place", () => {
    const list = ["A", "B"];
    expect(matchChoice("c", list)).toBeNull();
    list.push("C");
    expect(matchChoice("c", list)).toBe("C");
    list[0] = "Đ";
    expect(matchChoice("d", list)).toBe("Đ");
  });

  it("reads a short legacy-font cell against the closed list", () => {
    expect(matchChoice("Hoµn thµnh", status)).toBe("Hoàn thành");
    expect(matchChoice("Ch\u00ada hoµn thµnh", status)).toBe("Chưa hoàn thành");
    expect(matchChoice("Ñang thöïc hieän", status)).toBe("Đang thực hiện");
    expect(matchChoice("Cã", ["Có", "Không"])).toBe("Có");
    expect(matchChoice("Hoµn", status)).toBeNull();
  });
});
