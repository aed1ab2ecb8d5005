import type { z } from "zod";
import { OUTLINE_SHEET_NAMES } from "./layout";

/** English for the Vietnamese messages written in the outline schema. */
const SCHEMA_MESSAGES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^trùng mã sheet (.*)$/, (m) => `duplicate sheet id ${m[1]}`],
  [/^trùng tên sheet (.*)$/, (m) => `duplicate sheet name ${m[1]}`],
  [/^trùng mã chỉ tiêu (.*) trong (.*)$/, (m) => `duplicate indicator code ${m[1]} in ${m[2]}`],
  [
    /^tỷ lệ tham chiếu chỉ tiêu không có: (.*)$/,
    (m) => `the ratio refers to a missing indicator: ${m[1]}`,
  ],
  [
    /^quy tắc (.*) tham chiếu sheet không có: (.*)$/,
    (m) => `rule ${m[1]} refers to a missing sheet: ${m[2]}`,
  ],
  [
    /^chỉ tiêu kiểu choice cần danh sách choices$/,
    () => "a choice indicator needs a list of choices",
  ],
  [/^min lớn hơn max$/, () => "min is greater than max"],
  [/^mã chỉ tiêu dạng 1, 1\.2, 2\.a$/, () => "indicator codes look like 1, 1.2, 2.a"],
  [/^chỉ gồm chữ không dấu, số, _ \. -$/, () => "only letters without diacritics, digits, _ . -"],
  [/^phiên bản dạng 1\.0\.0$/, () => "versions look like 1.0.0"],
  [/^tên sheet không được chứa (.*)$/, (m) => `a sheet name cannot contain ${m[1]}`],
];

const ITEMS_SHEET = OUTLINE_SHEET_NAMES.items.vi;

/**
 * What an empty list at this path is a list of, for "chưa có … nào".
 *
 * @example listNameAt(["sheets", 0, "fields"]).vi.startsWith("trường thông tin")
 */
export function listNameAt(path: readonly PropertyKey[]): { vi: string; en: string } {
  const hint = { vi: `(thêm dòng ở sheet '${ITEMS_SHEET}')`, en: `(add rows to '${ITEMS_SHEET}')` };
  switch (path[path.length - 1]) {
    case "sheets":
      return { vi: "sheet", en: "sheet" };
    case "indicators":
      return { vi: `chỉ tiêu ${hint.vi}`, en: `indicator ${hint.en}` };
    case "fields":
      return { vi: `trường thông tin ${hint.vi}`, en: `field ${hint.en}` };
    case "columns":
      return { vi: "cột", en: "column" };
    default:
      return { vi: "mục", en: "item" };
  }
}

/** The English of a schema message, or the message itself when it is not one of ours. */
export function translateSchemaMessage(vi: string): string {
  for (const [pattern, english] of SCHEMA_MESSAGES) {
    const m = pattern.exec(vi);
    if (m) return english(m);
  }
  return vi;
}

/**
 * Words for a schema issue about a value read from the sheets (the location is added by the
 * caller). `value` is what was given at the issue's path; `what` names the list that is empty
 * when an array is too short.
 *
 * @example describeIssue({ code: "invalid_format", message: "phiên bản dạng 1.0.0", … }, "1.1")
 *   // { vi: "'1.1' không hợp lệ: phiên bản dạng 1.0.0", en: "'1.1' is not valid: versions look like 1.0.0" }
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  value: unknown,
  what: { vi: string; en: string } = { vi: "mục", en: "item" },
): { vi: string; en: string } {
  const shown = typeof value === "string" || typeof value === "number" ? String(value) : "";
  if (value === undefined || value === "") {
    return { vi: "chưa điền (bắt buộc)", en: "missing (required)" };
  }
  switch (issue.code) {
    case "custom":
      return { vi: issue.message, en: translateSchemaMessage(issue.message) };
    case "invalid_format":
      return {
        vi: `'${shown}' không hợp lệ: ${issue.message}`,
        en: `'${shown}' is not valid: ${translateSchemaMessage(issue.message)}`,
      };
    case "too_small":
      if (issue.origin === "array") {
        return { vi: `chưa có ${what.vi} nào`, en: `has no ${what.en}` };
      }
      if (issue.origin === "number") {
        const relation = issue.inclusive ? "≥" : ">";
        return {
          vi: `'${shown}' phải ${relation} ${issue.minimum}`,
          en: `'${shown}' must be ${relation} ${issue.minimum}`,
        };
      }
      break;
    case "too_big":
      if (issue.origin === "string") {
        return {
          vi: `'${shown}' dài quá ${issue.maximum} ký tự`,
          en: `'${shown}' is longer than ${issue.maximum} characters`,
        };
      }
      break;
    case "invalid_type":
      if (issue.expected === "int") {
        return { vi: `'${shown}' phải là số nguyên`, en: `'${shown}' must be a whole number` };
      }
      break;
  }
  return {
    vi: `'${shown}' không hợp lệ (${issue.message})`,
    en: `'${shown}' is not valid (${issue.message})`,
  };
}
