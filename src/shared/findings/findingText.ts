import type { FindingCode } from "../model";

/** Parameters a finding message may use. */
export interface FindingParams {
  value?: string;
  expected?: string;
  min?: string;
  max?: string;
  detail?: string;
  /** The English of `detail`, where it is built from words (a broken rule). */
  detailEn?: string;
  sheet?: string;
  indicator?: string;
  label?: string;
  column?: string;
  file?: string;
  unit?: string;
  days?: number;
  due?: string;
  submitted?: string;
  version?: string;
  expectedVersion?: string;
}

type Text = { vi: string; en: string };

/**
 * The message catalogue of findings, one entry per stable code, Vietnamese and English.
 * Location (unit, sheet, cell) is carried by the finding's fields and prefixed by `formatFinding`.
 */
export const FINDING_TEXT: Record<FindingCode, (p: FindingParams) => Text> = {
  E_FILE: (p) => ({
    vi: `Không đọc được tệp: ${p.detail}`,
    en: `Cannot read the file: ${p.detail}`,
  }),
  E_TEMPLATE: (p) => ({
    vi: `Tệp không phải mẫu phụ lục của đợt báo cáo này${p.detail ? ` (${p.detail})` : ""}.`,
    en: `The file is not this campaign's appendix template${p.detail ? ` (${p.detail})` : ""}.`,
  }),
  E_SHEET_MISSING: (p) => ({
    vi: `Không tìm thấy biểu "${p.sheet}" trong tệp.`,
    en: `Sheet "${p.sheet}" was not found in the file.`,
  }),
  E_ROW_MISSING: (p) => ({
    vi: `Không tìm thấy dòng chỉ tiêu ${p.indicator} "${p.label}".`,
    en: `Indicator row ${p.indicator} "${p.label}" was not found.`,
  }),
  E_TYPE: (p) => ({
    vi: `Giá trị "${p.value}" không phải ${p.expected}.`,
    en: `Value "${p.value}" is not ${p.expected}.`,
  }),
  // Said as a clerk would say it, not as an interval: "không được nhỏ hơn 0".
  E_BOUND: (p) =>
    p.min !== undefined && p.max !== undefined
      ? {
          vi: `Giá trị ${p.value} không hợp lệ: phải từ ${p.min} đến ${p.max}.`,
          en: `Value ${p.value} is not valid: it must be between ${p.min} and ${p.max}.`,
        }
      : p.max !== undefined
        ? {
            vi: `Giá trị ${p.value} không được lớn hơn ${p.max}.`,
            en: `Value ${p.value} must not be greater than ${p.max}.`,
          }
        : {
            vi: `Giá trị ${p.value} không được nhỏ hơn ${p.min ?? 0}.`,
            en: `Value ${p.value} must not be less than ${p.min ?? 0}.`,
          },
  E_REQUIRED: (p) => ({
    vi: `Chưa nhập "${p.label}"${p.column ? ` (${p.column})` : ""}.`,
    en: `"${p.label}"${p.column ? ` (${p.column})` : ""} is empty.`,
  }),
  E_RULE: (p) => ({ vi: `${p.detail}`, en: `${p.detailEn ?? p.detail}` }),
  W_RULE: (p) => ({
    vi: `Cần xem lại: ${p.detail}`,
    en: `Please check: ${p.detailEn ?? p.detail}`,
  }),
  E_SUM: (p) => ({
    vi: `Chỉ tiêu ${p.indicator} (${p.value}) khác tổng các chỉ tiêu con (${p.expected})${p.column ? `, cột ${p.column}` : ""}.`,
    en: `Indicator ${p.indicator} (${p.value}) differs from the sum of its children (${p.expected})${p.column ? `, column ${p.column}` : ""}.`,
  }),
  E_CELL_ERROR: (p) => ({
    vi: `Ô chứa lỗi ${p.value}; hãy sửa công thức hoặc nhập số liệu.`,
    en: `The cell holds the error ${p.value}; fix the formula or enter the value.`,
  }),
  E_UNIT_UNKNOWN: (p) => ({
    vi: `Mã đơn vị "${p.unit}" không có trong danh sách đơn vị.`,
    en: `Unit code "${p.unit}" is not in the unit registry.`,
  }),
  E_UNIT_MISSING: (p) => ({
    vi: `Không xác định được đơn vị của tệp "${p.file}" (thiếu mã đơn vị); hãy chọn đơn vị.`,
    en: `Cannot tell which unit sent "${p.file}" (no unit code); please choose the unit.`,
  }),
  W_VERSION: (p) => ({
    vi: `Mẫu phiên bản ${p.version}, phiên bản hiện hành là ${p.expectedVersion}.`,
    en: `Template version ${p.version}; the current version is ${p.expectedVersion}.`,
  }),
  W_DUPLICATE: (p) => ({
    vi: `Đơn vị đã gửi nhiều tệp; dùng tệp mới nhất "${p.file}", bỏ qua "${p.detail}".`,
    en: `The unit sent several files; using the latest "${p.file}", ignoring "${p.detail}".`,
  }),
  W_LATE: (p) => ({
    vi: `Gửi ngày ${p.submitted}, hạn ${p.due}: trễ ${p.days} ngày.`,
    en: `Sent on ${p.submitted}, due ${p.due}: late by ${p.days} days.`,
  }),
  W_NOT_APPLICABLE: (p) => ({
    vi: `Chỉ tiêu ${p.indicator} không áp dụng cho loại hình của đơn vị; giá trị "${p.value}" không được tổng hợp.`,
    en: `Indicator ${p.indicator} does not apply to the unit's type; value "${p.value}" is not consolidated.`,
  }),
  W_LEGACY_ENCODING: (p) => ({
    vi: `Văn bản mã ${p.detail} đã được chuyển sang Unicode: "${p.value}".`,
    en: `Legacy ${p.detail} text converted to Unicode: "${p.value}".`,
  }),
  W_FORMULA: (p) => ({
    vi: `Ô nhập liệu chứa công thức (${p.detail}); dùng giá trị đã tính ${p.value}.`,
    en: `An input cell holds a formula (${p.detail}); its computed value ${p.value} is used.`,
  }),
  W_AMBIGUOUS: (p) => ({
    vi: `Nhiều vị trí khớp với ${p.detail}; dùng vị trí đầu tiên.`,
    en: `Several places match ${p.detail}; the first is used.`,
  }),
  W_TEXT_NUMBER: (p) => ({
    vi: `Số được nhập dạng văn bản "${p.value}", đọc là ${p.expected}.`,
    en: `Number entered as text "${p.value}", read as ${p.expected}.`,
  }),
  W_PERCENT_SCALE: (p) => ({
    vi: `Tỷ lệ nhập dạng số ${p.value}, hiểu là ${p.expected}.`,
    en: `Percentage entered as the number ${p.value}, read as ${p.expected}.`,
  }),
  W_NO_SUBMIT_DATE: () => ({
    vi: "Chưa ghi ngày gửi báo cáo; không kiểm tra được thời hạn.",
    en: "No submission date; the deadline cannot be checked.",
  }),
  W_MISSING: (p) => ({
    vi: `Đơn vị chưa gửi báo cáo (hạn ${p.due}).`,
    en: `The unit has not sent its report (due ${p.due}).`,
  }),
  W_LIST_LONG: (p) => ({
    vi: `Danh sách có ${p.value} dòng, nhiều hơn mức tối đa ${p.max} dòng; vẫn tổng hợp đủ, hãy kiểm tra lại.`,
    en: `The list has ${p.value} rows, more than the maximum of ${p.max}; all are consolidated, please check.`,
  }),
  W_NOT_EXPECTED: (p) => ({
    vi: `Đơn vị báo cáo qua ${p.detail}, không tổng hợp trực tiếp ở cấp này.`,
    en: `The unit reports through ${p.detail}; it is not consolidated directly at this level.`,
  }),
  W_EXCLUDED: (p) => ({
    vi: `Đơn vị có ${p.value} lỗi nên không được đưa vào tổng hợp (theo lựa chọn loại đơn vị có lỗi).`,
    en: `The unit has ${p.value} errors and was left out of the consolidation (as chosen).`,
  }),
  I_FORMULA_TEXT: (p) => ({
    vi: `Văn bản bắt đầu bằng ký tự công thức được giữ nguyên là văn bản: "${p.value}".`,
    en: `Text starting with a formula character is kept as text: "${p.value}".`,
  }),
};
