import { embeddedCampaign } from "../campaign/embedded";
import { outlineSchema, type OutlineInput } from "../model";
import { checkAggregations } from "./checkAggregations";

const outlineWith = (indicators: unknown[]) =>
  outlineSchema.parse({
    id: "t",
    version: "1.0.0",
    title: "T",
    sheets: [
      {
        kind: "indicators",
        id: "B",
        name: "B",
        title: "B",
        columns: [{ id: "SL", header: "Số lượng" }],
        indicators,
      },
    ],
  } as OutlineInput);

describe("checkAggregations", () => {
  it("finds nothing to say about the embedded outline", () => {
    expect(checkAggregations(embeddedCampaign.outline)).toEqual([]);
  });

  it("warns when an average or a rate would be added up", () => {
    const problems = checkAggregations(
      outlineWith([
        { code: "1", label: "Số lao động", type: "integer" },
        { code: "2", label: "Thu nhập bình quân", type: "decimal" },
        { code: "3", label: "Điểm TRUNG BINH", type: "decimal" },
        { code: "4", label: "Tỉ lệ hoàn thành", type: "decimal" },
        { code: "5", label: "Hoàn thành", unit: "%", type: "decimal" },
        {
          code: "6",
          label: "Thu nhập bình quân",
          type: "decimal",
          aggregation: { weightedMean: { weight: "1" } },
        },
        {
          code: "7",
          label: "Tỷ lệ",
          type: "percent",
          aggregation: { ratio: { numerator: "1", denominator: "1" } },
        },
        { code: "8", label: "Số trung binh", type: "integer", aggregation: "mean" },
      ]),
    );
    expect(problems.map((p) => p.code)).toEqual(["2", "3", "4", "5"]);
    expect(problems[0].vi).toContain("bình quân theo");
    expect(problems[2].vi).toContain("tỷ lệ <mã tử số>/<mã mẫu số>");
  });

  it("warns when a weighted mean's weight is not a number", () => {
    const problems = checkAggregations(
      outlineWith([
        { code: "1", label: "Có bếp ăn", type: "yesno", aggregation: "countYes" },
        {
          code: "2",
          label: "Thu nhập bình quân",
          type: "decimal",
          aggregation: { weightedMean: { weight: "1" } },
        },
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].vi).toContain("quyền số 1");
  });

  it("is an outline error when the weight indicator does not exist", () => {
    expect(() =>
      outlineWith([
        {
          code: "2",
          label: "Thu nhập bình quân",
          type: "decimal",
          aggregation: { weightedMean: { weight: "9" } },
        },
      ]),
    ).toThrow(/quyền số|bình quân gia quyền theo chỉ tiêu không có: 9/);
  });
});
