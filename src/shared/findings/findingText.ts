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
  /** W_OUTLIER: the comparable units ("Chi bộ cơ sở – Cơ quan") or, for a jump, the year. */
  group?: string;
  year?: string;
  count?: number;
  /** W_OUTLIER: the comparable range, its middle, and how many times over it the value is. */
  low?: string;
  high?: string;
  median?: string;
  factor?: string;
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
  E_AMBIGUOUS: (p) => ({
    vi: `Không xác định được dòng của chỉ tiêu ${p.indicator} "${p.label}" (các dòng ${p.detail}); giá trị không được tổng hợp. Hãy ghi mã chỉ tiêu vào cột STT của đúng dòng.`,
    en: `Cannot tell which row is indicator ${p.indicator} "${p.label}" (rows ${p.detail}); its value is not consolidated. Write the indicator's code in the STT column of the right row.`,
  }),
  E_NO_CACHED_VALUE: (p) => ({
    vi: `Ô có công thức (${p.detail}) nhưng tệp được lưu mà không có giá trị đã tính, nên không đọc được số liệu. Hãy mở tệp bằng Excel (hoặc LibreOffice), để tính xong rồi lưu lại và gửi lại.`,
    en: `The cell holds a formula (${p.detail}) but the file was saved without calculated values, so its value cannot be read. Open the file in Excel (or LibreOffice), let it calculate, save it and send it again.`,
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
  I_TABLE_END: (p) => ({
    vi: `Danh sách kết thúc trước dòng ${p.detail}; phần bên dưới ("${p.value}") là phần ký tên, ghi chú nên không được đọc vào danh sách.`,
    en: `The list ends above row ${p.detail}; what is below it ("${p.value}") is a signature block or notes and is not read as list rows.`,
  }),
  I_ROWS_MOVED: (p) => ({
    vi: `Mẫu đã bị chèn hoặc xóa dòng: chỉ tiêu ${p.indicator} ở dòng ${p.value}, mẫu đặt ở dòng ${p.expected}. Số liệu vẫn được đọc theo mã và tên chỉ tiêu.`,
    en: `Rows were inserted or deleted: indicator ${p.indicator} is on row ${p.value}, the template has it on row ${p.expected}. Values are still read by indicator code and label.`,
  }),
  I_SHEET_RENAMED: (p) => ({
    vi: `Biểu "${p.detail}" của mẫu đã được đổi tên thành "${p.value}"; vẫn nhận ra và đọc được.`,
    en: `The template's sheet "${p.detail}" was renamed "${p.value}"; it is still found and read.`,
  }),
  I_SHEET_ORDER: (p) => ({
    vi: `Thứ tự các biểu khác mẫu (${p.detail}); các biểu vẫn được nhận ra theo tên và tiêu đề.`,
    en: `The sheets are in another order than the template's (${p.detail}); they are still found by name and title.`,
  }),
  I_META_MISSING: (p) => ({
    vi: `Tệp không còn trang ẩn "${p.sheet}" của mẫu (sổ tính đã được chép sang tệp khác hoặc lưu bằng phần mềm khác): các biểu được nhận ra theo tên và tiêu đề, không kiểm tra được phiên bản mẫu.`,
    en: `The file no longer has the template's hidden "${p.sheet}" sheet (the workbook was copied or saved by other software): sheets are found by name and title, and the template version cannot be checked.`,
  }),
  I_RESAVED: (p) => ({
    vi: `Tệp được lưu lại ở định dạng ${p.detail}, không phải .xlsx của mẫu; vẫn đọc được, nhưng lần sau hãy gửi lại đúng tệp .xlsx của mẫu.`,
    en: `The file was saved as ${p.detail}, not as the template's .xlsx; it was read, but please send the template's .xlsx next time.`,
  }),
  W_OUTLIER: (p) =>
    p.year !== undefined
      ? {
          vi: `Số liệu năm ${p.year} là ${p.value}, gấp ${p.factor} lần các năm khác của đơn vị (từ ${p.low} đến ${p.high}); hãy kiểm tra lại (có thể thừa chữ số hoặc nhầm đơn vị tính). Tổng hợp vẫn giữ nguyên số đơn vị đã báo cáo.`,
          en: `The ${p.year} figure is ${p.value}, ${p.factor} times the unit's other years (${p.low} to ${p.high}); please check it (extra digits or a wrong unit of measure?). The consolidation keeps the figure as reported.`,
        }
      : {
          vi: `Số liệu ${p.value} cao bất thường so với ${p.count} đơn vị cùng cấp, cùng loại hình (${p.group}): một nửa số đơn vị từ ${p.low} đến ${p.high}, trung vị ${p.median}, mức cao hợp lý đến khoảng ${p.max}; hãy kiểm tra lại. Tổng hợp vẫn giữ nguyên số đơn vị đã báo cáo.`,
          en: `The figure ${p.value} is unusually high against ${p.count} units of the same level and type (${p.group}): half of them lie between ${p.low} and ${p.high}, median ${p.median}, plausible up to about ${p.max}; please check it. The consolidation keeps the figure as reported.`,
        },
  I_FORMULA_TEXT: (p) => ({
    vi: `Văn bản bắt đầu bằng ký tự công thức được giữ nguyên là văn bản: "${p.value}".`,
    en: `Text starting with a formula character is kept as text: "${p.value}".`,
  }),
};
