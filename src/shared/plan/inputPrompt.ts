import type { ValueType } from "../model";

/** "1.000", "95,5%": numbers in a prompt as a Vietnamese reader writes them. */
function shown(n: number, type: ValueType): string {
  if (type === "percent")
    return `${(n * 100).toLocaleString("vi-VN", { maximumFractionDigits: 2 })}%`;
  return n.toLocaleString("vi-VN", { maximumFractionDigits: 4 });
}

/** "từ 0 đến 500", "từ 0 trở lên", "không quá 100", or nothing without bounds. */
function range(type: ValueType, min?: number, max?: number): string {
  if (min !== undefined && max !== undefined)
    return ` từ ${shown(min, type)} đến ${shown(max, type)}`;
  if (min !== undefined)
    return min === 0 ? " không âm (từ 0 trở lên)" : ` từ ${shown(min, type)} trở lên`;
  if (max !== undefined) return ` không quá ${shown(max, type)}`;
  return "";
}

/**
 * What an input cell's data validation says: the input message shown when the cell is selected
 * (what to enter, with its bounds) and the error shown when Excel refuses a value. Both stay well
 * under the 255 characters Excel allows for a validation message.
 *
 * @example inputPrompt("integer", { min: 0 }).prompt === "Nhập số nguyên không âm (từ 0 trở lên)."
 * @example inputPrompt("yesno", {}).prompt === "Chọn Có hoặc Không trong danh sách."
 */
export function inputPrompt(
  type: ValueType,
  bounds: { min?: number; max?: number },
): { prompt?: string; error: string } {
  // Date bounds are serials, meaningless to a reader: the date prompts do not quote them.
  const within = type === "date" ? "" : range(type, bounds.min, bounds.max);
  switch (type) {
    case "integer":
      return {
        prompt: `Nhập số nguyên${within}.`,
        error: `Chỉ nhập số nguyên${within}, không nhập chữ hay dấu cách.`,
      };
    case "decimal":
      return {
        prompt: `Nhập số${within}; phần thập phân sau dấu phẩy, ví dụ 3,5.`,
        error: `Chỉ nhập số${within}.`,
      };
    case "percent":
      return {
        prompt: `Nhập tỷ lệ${within}, ví dụ 95,5%.`,
        error: `Chỉ nhập tỷ lệ${within}, ví dụ 95,5%.`,
      };
    case "date":
      return {
        prompt: "Nhập ngày dạng dd/mm/yyyy, ví dụ 15/04/2021.",
        error: "Chỉ nhập ngày dạng dd/mm/yyyy.",
      };
    case "yesno":
      return {
        prompt: "Chọn Có hoặc Không trong danh sách.",
        error: "Chỉ chọn Có hoặc Không.",
      };
    case "choice":
      return {
        prompt: "Chọn một mục trong danh sách.",
        error: "Chỉ chọn một mục trong danh sách.",
      };
    default:
      return { error: "Giá trị không hợp lệ cho ô này." };
  }
}
