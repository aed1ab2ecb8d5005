import fc from "fast-check";
import { parseDateText } from "./parseDateText";

const may5 = { y: 2021, m: 5, d: 5 };

describe("parseDateText", () => {
  it.each([
    "05/5/2021",
    "5/5/2021",
    "05/05/2021",
    "05-05-2021",
    "05.05.2021",
    "5/5/21",
    " 05/05/2021 ",
    "2021-05-05",
    "2021/5/5",
    "ngày 05 tháng 5 năm 2021",
    "Ngày 5 tháng 5 năm 2021",
    "NGÀY 05 THÁNG 05 NĂM 2021",
    "ngay 5 thang 5 nam 2021",
    "05 tháng 5 năm 2021",
    "ngày 05/5/2021",
    "05/05/2021 10:30",
    "05/05/2021 10:30:15",
    "5/5/2021 9:05 SA",
    "2021-05-05T10:30:00Z",
    "2021-05-05 10:30:00.123+07:00",
  ])("%j is 5 May 2021", (text) => {
    expect(parseDateText(text)).toEqual(may5);
  });

  it("reads day first, never month first", () => {
    expect(parseDateText("03/04/2021")).toEqual({ y: 2021, m: 4, d: 3 });
    expect(parseDateText("12/31/2021")).toBeNull();
  });

  it("reads 2-digit years as Excel does", () => {
    expect(parseDateText("1/1/29")).toEqual({ y: 2029, m: 1, d: 1 });
    expect(parseDateText("1/1/30")).toEqual({ y: 1930, m: 1, d: 1 });
    expect(parseDateText("1/1/99")).toEqual({ y: 1999, m: 1, d: 1 });
  });

  it("knows leap years", () => {
    expect(parseDateText("29/2/2024")).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseDateText("29/2/2000")).toEqual({ y: 2000, m: 2, d: 29 });
    expect(parseDateText("29/2/2021")).toBeNull();
    expect(parseDateText("29/2/1900")).toBeNull();
  });

  it.each([
    "",
    "31/4/2021",
    "31/6/2021",
    "0/5/2021",
    "5/0/2021",
    "5/13/2021",
    "32/1/2021",
    "05/05-2021",
    "05/05/202",
    "5/5",
    "2021",
    "abc",
    "tháng 5 năm 2021",
    "ngày 31 tháng 4 năm 2021",
    "Hà Nội, ngày 05 tháng 5 năm 2021",
    "05/05/2021 abc",
    "2021-13-01",
    "44321",
  ])("rejects %j", (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it("reads back every valid date written d/m/yyyy", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(2199, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const d = date.getUTCDate();
          const got = parseDateText(`${d}/${String(m).padStart(2, "0")}/${y}`);
          return got !== null && got.y === y && got.m === m && got.d === d;
        },
      ),
    );
  });

  it("returns only real calendar dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1899, max: 2101 }),
        (d, m, y) => {
          const got = parseDateText(`${d}/${m}/${y}`);
          const real = new Date(Date.UTC(y, m - 1, d));
          const valid =
            m >= 1 && m <= 12 && d >= 1 && real.getUTCDate() === d && real.getUTCMonth() === m - 1;
          return valid ? got !== null && got.d === d && got.m === m && got.y === y : got === null;
        },
      ),
    );
  });
});
