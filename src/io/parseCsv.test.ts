import fc from "fast-check";
import { parseCsv } from "./parseCsv";

describe("parseCsv", () => {
  it("splits fields and rows, with quotes, doubled quotes and line breaks inside quotes", () => {
    expect(parseCsv('a;"b;""c"""\r\n1;2', ";")).toEqual([
      ["a", 'b;"c"'],
      ["1", "2"],
    ]);
    expect(parseCsv('Tên,Ghi chú\n"Hà Nội","dòng 1\r\ndòng 2"\n', ",")).toEqual([
      ["Tên", "Ghi chú"],
      ["Hà Nội", "dòng 1\r\ndòng 2"],
    ]);
  });

  it("keeps empty fields, blank lines as empty rows, and spaces as written", () => {
    expect(parseCsv(";; x ;\n\n\rz", ";")).toEqual([["", "", " x ", ""], [""], [""], ["z"]]);
    expect(parseCsv('""', ",")).toEqual([[""]]);
    expect(parseCsv("", ",")).toEqual([]);
  });

  it("gives back any table written with RFC 4180 quoting", () => {
    const field = fc.string({
      unit: fc.constantFrom("a", "ă", "Ệ", ";", ",", '"', "\n", "\r\n", " ", "1"),
    });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, fc.constantFrom(",", ";", "\t"), (rows, sep) => {
        const quote = (f: string) =>
          /[",;\t\r\n]/.test(f) || f === "" ? `"${f.replace(/"/g, '""')}"` : f;
        const text = rows.map((r) => r.map(quote).join(sep)).join("\r\n");
        expect(parseCsv(text, sep)).toEqual(rows);
      }),
    );
  });
});
