import { outlineSchema } from "../model";
import { describeIssue, listNameAt, translateSchemaMessage } from "./describeIssue";

describe("translateSchemaMessage", () => {
  it("has English for every message the outline schema writes", () => {
    const bad = outlineSchema.safeParse({
      id: "có dấu",
      version: "1",
      title: "t",
      sheets: [
        {
          kind: "indicators",
          id: "B1",
          name: "a/b",
          title: "t",
          columns: [{ id: "SL", header: "SL" }],
          indicators: [
            { code: "1 2", label: "x", type: "integer" },
            { code: "3", label: "y", type: "choice", min: 2, max: 1 },
          ],
        },
      ],
    });
    const dup = outlineSchema.safeParse({
      id: "o",
      version: "1.0.0",
      title: "t",
      sheets: [0, 1].map(() => ({
        kind: "indicators",
        id: "B1",
        name: "B1",
        title: "t",
        columns: [{ id: "SL", header: "SL" }],
        indicators: [
          { code: "1", label: "x", type: "integer" },
          {
            code: "1",
            label: "y",
            type: "percent",
            aggregation: { ratio: { numerator: "9", denominator: "1" } },
          },
        ],
      })),
      rules: [{ id: "r", sheet: "B9", expr: "[1] > 0", message: { vi: "m" } }],
    });
    const messages = [...bad.error!.issues, ...dup.error!.issues].map((i) => i.message);
    expect(messages.length).toBeGreaterThanOrEqual(11);
    for (const m of messages) expect(translateSchemaMessage(m)).not.toBe(m);
    expect(translateSchemaMessage("trùng mã chỉ tiêu 1 trong B1")).toBe(
      "duplicate indicator code 1 in B1",
    );
  });

  it("leaves other messages as they are", () => {
    expect(translateSchemaMessage("Invalid input")).toBe("Invalid input");
  });
});

describe("describeIssue", () => {
  const parsed = outlineSchema.safeParse({ id: "o", version: "1.0.0", title: "", sheets: [] });
  const issues = parsed.error!.issues;

  it("says a blank required value is missing", () => {
    const title = issues.find((i) => i.path[0] === "title")!;
    expect(describeIssue(title, "")).toEqual({
      vi: "chưa điền (bắt buộc)",
      en: "missing (required)",
    });
  });

  it("names what an empty list should hold", () => {
    const sheets = issues.find((i) => i.path[0] === "sheets")!;
    expect(describeIssue(sheets, [], listNameAt(sheets.path))).toEqual({
      vi: "chưa có sheet nào",
      en: "has no sheet",
    });
    expect(listNameAt(["sheets", 0, "indicators"]).vi).toBe(
      "chỉ tiêu (thêm dòng ở sheet 'Đề cương - Chỉ tiêu')",
    );
  });
});
