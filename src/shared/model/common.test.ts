import fc from "fast-check";
import { idSchema, isoDateSchema, localizedTextSchema } from "./common";

const messages = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe("isoDateSchema", () => {
  it("accepts real calendar dates, leap days included", () => {
    for (const d of ["2021-04-30", "2020-02-29", "2000-02-29", "1900-01-01", "2021-12-31"]) {
      expect(isoDateSchema.parse(d)).toBe(d);
    }
  });

  it("refuses dates that do not exist, naming the problem", () => {
    for (const d of [
      "2021-02-30",
      "2021-02-29",
      "1900-02-29",
      "2021-13-01",
      "2021-04-31",
      "2021-00-10",
    ]) {
      expect(messages(isoDateSchema.safeParse(d))).toEqual(["không phải ngày có thật"]);
    }
  });

  it("refuses other ways of writing a date", () => {
    for (const d of ["30/4/2021", "2021-4-30", "2021-04-30T00:00:00Z", " 2021-04-30", ""]) {
      expect(messages(isoDateSchema.safeParse(d))).toContain("phải là ngày dạng YYYY-MM-DD");
    }
  });

  it("agrees with the JavaScript calendar on every generated date", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (d) => {
          expect(isoDateSchema.safeParse(d.toISOString().slice(0, 10)).success).toBe(true);
        },
      ),
    );
  });
});

describe("idSchema", () => {
  it("accepts short ASCII codes and refuses spaces, diacritics and brackets", () => {
    for (const id of ["DBCS01", "B2", "2016", "sk5-nq01-ct01-2021", "unit_code", "1.2"]) {
      expect(idSchema.safeParse(id).success).toBe(true);
    }
    for (const id of ["", "Đ01", "B 2", "B2:1", "[1]", "a/b"]) {
      expect(messages(idSchema.safeParse(id))).toEqual(["chỉ gồm chữ không dấu, số, _ . -"]);
    }
  });
});

describe("localizedTextSchema", () => {
  it("needs Vietnamese text; English is optional", () => {
    expect(localizedTextSchema.parse({ vi: "Đúng hạn" })).toEqual({ vi: "Đúng hạn" });
    expect(localizedTextSchema.safeParse({ en: "On time" }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ vi: "" }).success).toBe(false);
  });
});
