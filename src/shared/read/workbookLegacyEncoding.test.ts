import { encodeLegacyText } from "../text/encodeLegacyText";
import { workbookLegacyEncoding } from "./workbookLegacyEncoding";

const grid = (...texts: string[]) => ({ name: "L2", rows: texts.map((t) => [t, 1]) });

describe("workbookLegacyEncoding", () => {
  it("is the encoding most confidently legacy cells are in", () => {
    expect(workbookLegacyEncoding([grid("Ñaûng boä", "Leâ", "Số lượng")])).toBe("vni");
    const tcvn3 = encodeLegacyText("Báo cáo kết quả", "tcvn3");
    expect(workbookLegacyEncoding([grid(tcvn3), grid(tcvn3, "Ñaûng boä")])).toBe("tcvn3");
  });

  it("is none for Unicode or plain text, or when the encodings are even", () => {
    expect(workbookLegacyEncoding([grid("Lê Thị Mai", "café", "Hà Tây")])).toBeUndefined();
    expect(workbookLegacyEncoding([{ name: "x", rows: [] }])).toBeUndefined();
    const tcvn3 = encodeLegacyText("Báo cáo kết quả", "tcvn3");
    expect(workbookLegacyEncoding([grid(tcvn3, "Ñaûng boä")])).toBeUndefined();
  });
});
