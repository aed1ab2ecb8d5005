import fc from "fast-check";
import { a1 } from "../a1/a1";
import { embeddedCampaign } from "../campaign/embedded";
import { outlineSchema, valueTypeSchema, type Cell, type Grid, type Outline } from "../model";
import { ITEM_COLUMNS, OUTLINE_SHEET_NAMES, RULE_COLUMNS, SHEET_COLUMNS } from "./layout";
import { outlineFromGrids } from "./outlineFromGrids";
import {
  cloneGrids,
  columnOf,
  gridNamed,
  outlineGrids,
  richOutline,
  rowWhere,
} from "./richOutline.fixture";

const SHEETS = OUTLINE_SHEET_NAMES.sheets.vi;
const ITEMS = OUTLINE_SHEET_NAMES.items.vi;
const RULES = OUTLINE_SHEET_NAMES.rules.vi;

/** Grids of the rich outline and a way to edit one cell, found by a key column and a header. */
function editable(outline: Outline = richOutline) {
  const grids = cloneGrids(outlineGrids(outline));
  const cellOf = (sheet: string, keyHeader: string, key: string, header: string) => {
    const g = gridNamed(grids, sheet);
    const row = rowWhere(g, columnOf(g, keyHeader), key);
    const col = columnOf(g, header);
    return { g, row, col, address: a1(row, col) };
  };
  const set = (sheet: string, keyHeader: string, key: string, header: string, value: Cell) => {
    const { g, row, col, address } = cellOf(sheet, keyHeader, key, header);
    g.rows[row][col] = value;
    return `${sheet}!${address}`;
  };
  return {
    grids,
    cellOf,
    item: (code: string, header: string, value: Cell) => set(ITEMS, "Mã", code, header, value),
    sheet: (id: string, header: string, value: Cell) => set(SHEETS, "Mã sheet", id, header, value),
    rule: (id: string, header: string, value: Cell) => set(RULES, "Mã", id, header, value),
    header: (label: string, value: Cell) => {
      const g = gridNamed(grids, SHEETS);
      const row = rowWhere(g, 0, label);
      g.rows[row][1] = value;
      return `${SHEETS}!${a1(row, 1)}`;
    },
  };
}

function messages(grids: Grid[]): string[] {
  return outlineFromGrids(grids).problems.map((p) => p.message.vi);
}

describe("outlineFromGrids: round trip", () => {
  it("reads back an outline using every feature", () => {
    const { outline, problems } = outlineFromGrids(outlineGrids(richOutline));
    expect(problems).toEqual([]);
    expect(outline).toStrictEqual(richOutline);
  });

  it("reads back the embedded campaign's outline", () => {
    const { outline, problems } = outlineFromGrids(outlineGrids(embeddedCampaign.outline));
    expect(problems).toEqual([]);
    expect(outline).toEqual(embeddedCampaign.outline);
  });

  it("reads an outline without rules, even when the rules sheet was deleted", () => {
    const small = outlineSchema.parse({
      id: "x",
      version: "0.0.1",
      title: "Nhỏ",
      sheets: [
        {
          kind: "info",
          id: "TT",
          name: "TT",
          title: "TT",
          fields: [{ id: "a", label: "A", type: "text" }],
        },
      ],
    });
    const grids = outlineGrids(small).filter((g) => g.name !== RULES);
    expect(outlineFromGrids(grids)).toEqual({ outline: small, problems: [] });
  });

  const code = fc
    .array(fc.stringMatching(/^[0-9A-Za-z]{1,3}$/), { minLength: 1, maxLength: 3 })
    .map((p) => p.join("."));
  const text = fc
    .string({ minLength: 1, maxLength: 20 })
    .map((s) => s.normalize("NFC").trim())
    .filter((s) => s !== "");
  const id = fc.stringMatching(/^[A-Za-z0-9_.-]{1,8}$/);
  const bounds = fc.record(
    { min: fc.integer({ min: -1000, max: 0 }), max: fc.double({ min: 0, max: 1e6, noNaN: true }) },
    { requiredKeys: [] },
  );
  const itemType = fc.constantFrom(...valueTypeSchema.options);
  const indicator = fc
    .tuple(
      code,
      text,
      text,
      itemType,
      fc.uniqueArray(text, { minLength: 1, maxLength: 3 }),
      bounds,
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([c, label, unit, type, choices, b, required, sumOfChildren, heading]) => ({
      code: c,
      label,
      unit,
      type,
      ...(type === "choice" ? { choices } : {}),
      ...b,
      required,
      aggregation: "mean" as const,
      sumOfChildren,
      heading,
    }));

  it("reads back generated indicator sheets", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(indicator, { minLength: 1, maxLength: 6, selector: (i) => i.code }),
        fc.uniqueArray(fc.record({ id, header: text }), {
          minLength: 1,
          maxLength: 3,
          selector: (c) => c.id,
        }),
        text,
        (indicators, columns, title) => {
          const outline = outlineSchema.parse({
            id: "gen",
            version: "1.2.3",
            title,
            sheets: [{ kind: "indicators", id: "B1", name: "B1", title, columns, indicators }],
          });
          const result = outlineFromGrids(outlineGrids(outline));
          expect(result.problems).toEqual([]);
          expect(result.outline).toEqual(outline);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("outlineFromGrids: tolerance", () => {
  it("ignores column order, extra columns and blank lines", () => {
    const grids = cloneGrids(outlineGrids(richOutline)).map((g) => {
      const width = Math.max(...g.rows.map((r) => r.length));
      const rows = g.rows.flatMap((r, i) => {
        const full = Array.from({ length: width }, (_, c) => r[c] ?? null);
        // Header block lines keep their label-then-value order; tables are mirrored.
        const mirrored = g.name === SHEETS && i < 5 ? full : [...full].reverse();
        const extra: Cell[] = [i === rowWhereAny(g, "Mã") ? "Ghi chú riêng" : "rác", ...mirrored];
        return i % 3 === 0 ? [extra, []] : [extra];
      });
      return { ...g, rows };
    });
    expect(outlineFromGrids(grids)).toEqual({ outline: richOutline, problems: [] });
  });

  it("reads NFD text, words in any case or without accents, English words and marks", () => {
    const e = editable();
    e.item("1", "Kiểu", "SO NGUYEN");
    e.item("5", "Tổng hợp", "Average");
    e.item("4", "Tổng hợp", "Ti le 3 / 1");
    e.item("6", "Kiểu", "Yes/No");
    e.item("2", "Bắt buộc", "X");
    e.item("2", "Bằng tổng chỉ tiêu con", "có");
    e.sheet("L1", "Loại", "LIST");
    e.rule("B1-r2", "Mức độ", "Warning");
    e.grids.forEach((g) => {
      g.rows = g.rows.map((r) => r.map((c) => (typeof c === "string" ? c.normalize("NFD") : c)));
    });
    expect(outlineFromGrids(e.grids)).toEqual({ outline: richOutline, problems: [] });
  });

  it("reads numbers typed as text and codes typed as numbers", () => {
    const e = editable();
    e.item("5", "Nhỏ nhất", "-1,5");
    e.item("5", "Lớn nhất", "10,25");
    e.item("staff", "Lớn nhất", "100.000");
    e.item("4", "Lớn nhất", "100%");
    e.item("1", "Mã", 1);
    e.item("2.1", "Mã", 2.1);
    e.sheet("L1", "Số dòng tối đa", "120");
    expect(outlineFromGrids(e.grids)).toEqual({ outline: richOutline, problems: [] });
  });

  it("matches sheet ids of rows and rules ignoring case", () => {
    const e = editable();
    e.item("2.a", "Mã sheet", "b1");
    e.rule("TT-r3", "Mã sheet", "tt");
    expect(outlineFromGrids(e.grids)).toEqual({ outline: richOutline, problems: [] });
  });

  it("reads English tab names and headers", () => {
    const english = cloneGrids(outlineGrids(richOutline)).map((g) => {
      const role = (
        Object.keys(OUTLINE_SHEET_NAMES) as Array<keyof typeof OUTLINE_SHEET_NAMES>
      ).find((k) => OUTLINE_SHEET_NAMES[k].vi === g.name)!;
      const specs: ReadonlyArray<{ vi: string; en: string }> = {
        sheets: SHEET_COLUMNS,
        items: ITEM_COLUMNS,
        rules: RULE_COLUMNS,
      }[role];
      const rows = g.rows.map((r) =>
        r.map((c) => specs.find((s) => s.vi === c)?.en ?? (c === "Mã đề cương" ? "Outline id" : c)),
      );
      return { ...g, name: OUTLINE_SHEET_NAMES[role].en, rows };
    });
    expect(outlineFromGrids(english)).toEqual({ outline: richOutline, problems: [] });
  });

  it("reads added rows and applies the schema's defaults to blank cells", () => {
    const e = editable();
    const g = gridNamed(e.grids, ITEMS);
    const col = (h: string) => columnOf(g, h);
    const row: Cell[] = [];
    row[col("Mã sheet")] = "B1";
    row[col("Mã")] = "10";
    row[col("Nội dung")] = "Chỉ tiêu mới";
    row[col("Kiểu")] = "số nguyên";
    g.rows.push([], row);
    const { outline, problems } = outlineFromGrids(e.grids);
    expect(problems).toEqual([]);
    const b1 = outline!.sheets.find((s) => s.id === "B1");
    expect(b1?.kind === "indicators" && b1.indicators.at(-1)).toEqual({
      code: "10",
      label: "Chỉ tiêu mới",
      unit: "",
      type: "integer",
      required: false,
      aggregation: "sum",
      sumOfChildren: false,
      heading: false,
    });
  });
});

function rowWhereAny(g: Grid, header: string): number {
  return g.rows.findIndex((r) => r.includes(header));
}

describe("outlineFromGrids: problems", () => {
  it("names the cell of a bad type word and lists the words", () => {
    const e = editable();
    const where = e.item("2", "Kiểu", "so nguyen x");
    const result = outlineFromGrids(e.grids);
    expect(result.outline).toBeUndefined();
    expect(result.problems).toEqual([
      {
        sheet: ITEMS,
        cell: where.split("!")[1],
        message: {
          vi: `${where}: kiểu 'so nguyen x' không hợp lệ; dùng một trong: số nguyên, số thập phân, tỷ lệ, có/không, ngày, văn bản, lựa chọn`,
          en: `${where}: type 'so nguyen x' is not valid; use one of: số nguyên (integer), số thập phân (decimal), tỷ lệ (percent), có/không (yes/no), ngày (date), văn bản (text), lựa chọn (choice)`,
        },
      },
    ]);
    expect(where).toMatch(/!E\d+$/);
  });

  it("reports a duplicate indicator code at the second code", () => {
    const e = editable();
    const where = e.item("2.a", "Mã", "2.1");
    const result = outlineFromGrids(e.grids);
    expect(result.problems.map((p) => p.message)).toEqual([
      {
        vi: `${where}: trùng mã chỉ tiêu 2.1 trong B1`,
        en: `${where}: duplicate indicator code 2.1 in B1`,
      },
    ]);
  });

  it("reports a ratio referring to an unknown code at its aggregation cell", () => {
    const e = editable();
    const where = e.item("4", "Tổng hợp", "tỷ lệ 3/99");
    expect(messages(e.grids)).toEqual([`${where}: tỷ lệ tham chiếu chỉ tiêu không có: 99`]);
  });

  it("reports a missing required header column", () => {
    const e = editable();
    const { g, row, col } = e.cellOf(ITEMS, "Kiểu", "Kiểu", "Kiểu");
    g.rows[row][col] = "Kiểu dữ liệu (cũ)";
    const result = outlineFromGrids(e.grids);
    expect(result.outline).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message.vi).toBe(
      `${ITEMS}!${a1(row, 0)}: thiếu cột 'Kiểu' ở dòng tiêu đề của bảng (cần các cột: Mã sheet, Mã, Nội dung, Kiểu)`,
    );
    expect(result.problems[0].message.en).toContain("missing column 'Kiểu' (Type)");
  });

  it("reports a bad version, typed as text or turned into a number by Excel", () => {
    for (const version of ["1.1", 1.1, "v1.0.0"]) {
      const e = editable();
      const where = e.header("Phiên bản", version);
      expect(messages(e.grids)).toEqual([
        `${where}: '${version}' không hợp lệ: phiên bản dạng 1.0.0`,
      ]);
      expect(outlineFromGrids(e.grids).problems[0].message.en).toBe(
        `${where}: '${version}' is not valid: versions look like 1.0.0`,
      );
    }
  });

  it("reports a missing header line", () => {
    const e = editable();
    const g = gridNamed(e.grids, SHEETS);
    g.rows[rowWhere(g, 0, "Phiên bản")] = [];
    expect(messages(e.grids)).toEqual([
      `${SHEETS}: không tìm thấy dòng 'Phiên bản' phía trên bảng các sheet`,
    ]);
  });

  it("reports missing outline sheets", () => {
    const grids = outlineGrids(richOutline).filter((g) => g.name !== ITEMS);
    expect(outlineFromGrids(grids).problems.map((p) => p.message.vi)).toEqual([
      `${ITEMS}: không tìm thấy sheet '${ITEMS}'`,
    ]);
    expect(outlineFromGrids([]).problems).toHaveLength(2);
  });

  it("reports rows of an unknown sheet", () => {
    const e = editable();
    const where = e.item("staff", "Mã sheet", "B9");
    expect(messages(e.grids)).toEqual([`${where}: mã sheet 'B9' không có trong sheet 'Đề cương'`]);
  });

  it("does not repeat problems for rows of a sheet whose kind is unknown", () => {
    const e = editable();
    const where = e.sheet("L1", "Loại", "bảng");
    expect(messages(e.grids)).toEqual([
      `${where}: loại 'bảng' không hợp lệ; dùng một trong: thông tin, chỉ tiêu, danh sách`,
    ]);
  });

  it("reports choices missing, min above max, non-numbers and bad marks on their cells", () => {
    const e = editable();
    const choices = e.item("unitType", "Lựa chọn", null);
    const min = e.item("year", "Nhỏ nhất", 2030);
    const notNumber = e.item("staff", "Lớn nhất", "nhiều");
    const mark = e.item("3", "Bắt buộc", "có lẽ");
    expect(messages(e.grids)).toEqual([
      `${choices}: kiểu 'lựa chọn' cần danh sách lựa chọn, cách nhau bởi dấu ';'`,
      `${notNumber}: 'nhiều' không phải là số`,
      `${mark}: 'có lẽ' không hợp lệ; đánh "x" hoặc để trống`,
      `${min}: nhỏ nhất (2030) lớn hơn lớn nhất (2025)`,
    ]);
  });

  it("reports indicator-only columns filled on other sheets", () => {
    const e = editable();
    const where = e.item("name", "Tổng hợp", "tổng");
    expect(messages(e.grids)).toEqual([
      `${where}: cột 'Tổng hợp' chỉ dùng cho sheet loại chỉ tiêu; hãy để trống`,
    ]);
  });

  it("reports a bad aggregation word", () => {
    const e = editable();
    const where = e.item("5", "Tổng hợp", "bình quân gia quyền");
    expect(messages(e.grids)[0]).toMatch(
      new RegExp(`^${where}: cách tổng hợp 'bình quân gia quyền' không hợp lệ`),
    );
  });

  it("maps schema issues of sheets and rules back to their cells", () => {
    const e = editable();
    const label = e.item("3", "Nội dung", "  ");
    const name = e.sheet("B1", "Tên sheet", "Một tên sheet dài hơn ba mươi mốt ký tự");
    const ruleSheet = e.rule("B1-r1", "Mã sheet", "B9");
    const severity = e.rule("TT-r3", "Mức độ", "nguy hiểm");
    const badId = e.rule("B1-r2", "Mã", "có dấu");
    expect(messages(e.grids)).toEqual([
      `${severity}: mức độ 'nguy hiểm' không hợp lệ; dùng một trong: lỗi, cảnh báo`,
      `${name}: 'Một tên sheet dài hơn ba mươi mốt ký tự' dài quá 31 ký tự`,
      `${label}: chưa điền (bắt buộc)`,
      `${badId}: 'có dấu' không hợp lệ: chỉ gồm chữ không dấu, số, _ . -`,
      `${ruleSheet}: quy tắc B1-r1 tham chiếu sheet không có: B9`,
    ]);
  });

  it("reports a sheet without rows, list sizes and codes typed as dates", () => {
    const e = editable();
    const g = gridNamed(e.grids, ITEMS);
    const sheetCol = columnOf(g, "Mã sheet");
    g.rows = g.rows.filter((r) => r[sheetCol] !== "L2");
    const maxRows = e.sheet("L1", "Số dòng tối đa", 0);
    const date = e.item("2.1", "Mã", { kind: "date", serial: 45323 });
    const { address } = e.cellOf(SHEETS, "Mã sheet", "L2", "Mã sheet");
    expect(messages(e.grids)).toEqual([
      `${date}: ô đang chứa ngày tháng, không phải chữ; hãy định dạng ô là Văn bản (Text) rồi gõ lại`,
      `${maxRows}: '0' phải > 0`,
      `${SHEETS}!${address}: chưa có cột nào`,
    ]);
  });

  it("reports duplicate sheet ids", () => {
    const e = editable();
    const where = e.sheet("L2", "Mã sheet", "L1");
    const found = outlineFromGrids(e.grids).problems.map((p) => p.message);
    expect(found).toContainEqual({
      vi: `${where}: trùng mã sheet L1`,
      en: `${where}: duplicate sheet id L1`,
    });
  });

  it("reports repeated ids the schema does not check: value columns, fields, list columns, rules", () => {
    const e = editable();
    const columns = e.sheet("B1", "Cột giá trị", "2016|Năm 2016; 2017|Năm 2017; 2016|Lặp");
    const field = e.item("submittedAt", "Mã", "staff");
    const rule = e.rule("TT-r3", "Mã", "B1-r1");
    expect(messages(e.grids)).toEqual([
      `${field}: trùng mã trong sheet TT: staff`,
      `${columns}: trùng mã cột giá trị: 2016`,
      `${rule}: trùng mã ràng buộc: B1-r1`,
    ]);
  });

  it("says which value column is wrong", () => {
    const e = editable();
    const where = e.sheet("B1", "Cột giá trị", "2016|Năm 2016; năm 2017|Năm 2017; |Cộng");
    expect(messages(e.grids)).toEqual([
      `${where}: cột giá trị thứ 2: 'năm 2017' không hợp lệ: chỉ gồm chữ không dấu, số, _ . -`,
      `${where}: cột giá trị thứ 3: chưa điền (bắt buộc)`,
    ]);
  });

  it("checks unit types against the campaign's when given, fixing their case", () => {
    const e = editable();
    e.item("2.a", "Áp dụng cho", "cq; Dn");
    expect(outlineFromGrids(e.grids, { unitTypes: ["CQ", "DN"] })).toEqual({
      outline: richOutline,
      problems: [],
    });
    const where = e.item("2.1", "Áp dụng cho", "CQ; HCSN");
    expect(
      outlineFromGrids(e.grids, { unitTypes: ["CQ", "DN"] }).problems.map((p) => p.message.vi),
    ).toEqual([`${where}: loại hình 'HCSN' không có trong chiến dịch; dùng: CQ, DN`]);
    // Without the campaign's list, any code is taken as written.
    expect(outlineFromGrids(e.grids).problems).toEqual([]);
  });

  it("never throws, whatever the grids hold", () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        "Mã sheet",
        "Mã",
        "Kiểu",
        "Nội dung",
        "Loại",
        "chỉ tiêu",
        "B1",
        "số nguyên",
        "x",
        "tỷ lệ 1/2",
      ),
      fc.double(),
      fc.boolean(),
      fc.record({ kind: fc.constant("date" as const), serial: fc.integer() }),
      fc.record({ kind: fc.constant("error" as const), code: fc.constant("#N/A") }),
    );
    const grid = (name: string) =>
      fc
        .array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 })
        .map((rows): Grid => ({ name, rows }));
    fc.assert(
      fc.property(grid(SHEETS), grid(ITEMS), grid(RULES), (a, b, c) => {
        const result = outlineFromGrids([a, b, c]);
        expect(result.outline !== undefined || result.problems.length > 0).toBe(true);
        for (const p of result.problems) expect(p.message.vi.startsWith(p.sheet)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
