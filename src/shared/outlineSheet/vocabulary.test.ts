import { outlineSheetSchema, simpleAggregationSchema, valueTypeSchema } from "../model";
import { normalizeLabel } from "../text";
import {
  AGGREGATION_WORDS,
  KIND_WORDS,
  SEVERITY_WORDS,
  VALUE_TYPE_WORDS,
  isWord,
  RATIO_WORDS,
  valueForWord,
  wordFor,
  wordsOf,
  type Vocabulary,
} from "./vocabulary";

const tables: Array<[string, Vocabulary<string>]> = [
  ["kinds", KIND_WORDS],
  ["types", VALUE_TYPE_WORDS],
  ["aggregations", AGGREGATION_WORDS],
  ["severities", SEVERITY_WORDS],
];

describe.each(tables)("vocabulary of %s", (_, table) => {
  it("reads back every word it writes, and the English word", () => {
    for (const w of table) {
      expect(valueForWord(table, wordFor(table, w.value))).toBe(w.value);
      expect(valueForWord(table, w.en)).toBe(w.value);
      expect(valueForWord(table, w.value)).toBe(w.value);
    }
  });

  it("gives no spelling to two values", () => {
    const owner = new Map<string, string>();
    for (const w of table) {
      for (const s of [w.vi, w.en, w.value, ...(w.aliases ?? [])]) {
        const key = normalizeLabel(s);
        expect([undefined, w.value]).toContain(owner.get(key));
        owner.set(key, w.value);
      }
    }
  });
});

describe("the vocabulary and the schema", () => {
  const values = (table: Vocabulary<string>) => table.map((w) => w.value).sort();

  it("has a word for every value the schema allows, and none for another", () => {
    expect(values(KIND_WORDS)).toEqual(
      outlineSheetSchema.options.map((o) => o.shape.kind.value).sort(),
    );
    expect(values(VALUE_TYPE_WORDS)).toEqual([...valueTypeSchema.options].sort());
    expect(values(AGGREGATION_WORDS)).toEqual([...simpleAggregationSchema.options].sort());
  });
});

describe("valueForWord", () => {
  it("ignores case, diacritics, NFD and spacing", () => {
    expect(valueForWord(VALUE_TYPE_WORDS, "SỐ NGUYÊN")).toBe("integer");
    expect(valueForWord(VALUE_TYPE_WORDS, "so nguyen")).toBe("integer");
    expect(valueForWord(VALUE_TYPE_WORDS, "số thập phân".normalize("NFD"))).toBe("decimal");
    expect(valueForWord(VALUE_TYPE_WORDS, "  có / không ")).toBe("yesno");
    expect(valueForWord(VALUE_TYPE_WORDS, "Yes/No")).toBe("yesno");
    expect(valueForWord(VALUE_TYPE_WORDS, "tỉ lệ")).toBe("percent");
    expect(valueForWord(AGGREGATION_WORDS, "Đếm Có")).toBe("countYes");
    expect(valueForWord(AGGREGATION_WORDS, "average")).toBe("mean");
    expect(valueForWord(SEVERITY_WORDS, "CANH BAO")).toBe("warning");
    expect(valueForWord(KIND_WORDS, "Danh sách")).toBe("list");
  });

  it("refuses unknown and blank words", () => {
    expect(valueForWord(VALUE_TYPE_WORDS, "so nguyen x")).toBeUndefined();
    expect(valueForWord(VALUE_TYPE_WORDS, "")).toBeUndefined();
    expect(valueForWord(SEVERITY_WORDS, "nghiêm trọng")).toBeUndefined();
  });

  it("lists the Vietnamese words in the schema's order", () => {
    expect(wordsOf(VALUE_TYPE_WORDS)).toEqual([
      "số nguyên",
      "số thập phân",
      "tỷ lệ",
      "có/không",
      "ngày",
      "văn bản",
      "lựa chọn",
    ]);
    expect(wordsOf(AGGREGATION_WORDS)).toEqual([
      "tổng",
      "trung bình",
      "nhỏ nhất",
      "lớn nhất",
      "đếm có",
      "không",
    ]);
  });

  it("recognises the ratio words", () => {
    expect(isWord(RATIO_WORDS, "Ty le")).toBe(true);
    expect(isWord(RATIO_WORDS, "ratio")).toBe(true);
    expect(isWord(RATIO_WORDS, "tổng")).toBe(false);
  });
});
