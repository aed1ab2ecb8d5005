import type { OutlineInput } from "../../../model";

/**
 * Cross-field rules. Parts never exceed their whole; a disciplined party member must have
 * violated something; a unit that disseminated nothing is worth a second look.
 */
export const rules: NonNullable<OutlineInput["rules"]> = [
  {
    id: "B1-attendees",
    sheet: "B1",
    expr: "[3] <= [1]",
    message: {
      vi: "Số đảng viên tham gia học tập không được vượt quá tổng số đảng viên",
      en: "Party members attending cannot exceed the total number of party members",
    },
  },
  {
    id: "B1-conferences",
    sheet: "B1",
    expr: "[3] > 0 or [2] = 0",
    message: {
      vi: "Đã tổ chức hội nghị quán triệt nhưng không có đảng viên tham gia",
      en: "Dissemination meetings were held but no party member attended",
    },
    severity: "warning",
  },
  {
    id: "B1-documents",
    sheet: "B1",
    expr: "[7] >= 1",
    message: {
      vi: "Cấp ủy chưa ban hành văn bản lãnh đạo, chỉ đạo nào",
      en: "The committee issued no leadership document",
    },
    severity: "warning",
  },
  {
    id: "B2-commitments",
    sheet: "B2",
    expr: "[2] <= [1]",
    message: {
      vi: "Số người ký cam kết không được vượt quá tổng số cán bộ, người lao động",
      en: "People who signed commitments cannot exceed the total staff",
    },
  },
  {
    id: "B2-standard-staff",
    sheet: "B2",
    expr: "[4] <= [1]",
    message: {
      vi: "Số người đạt chuẩn văn hóa không được vượt quá tổng số cán bộ, người lao động",
      en: "Staff meeting the culture standard cannot exceed the total staff",
    },
  },
  {
    id: "B2-standard-units",
    sheet: "B2",
    expr: "[7] <= [6]",
    message: {
      vi: "Số phòng, ban, đơn vị đạt chuẩn không được vượt quá tổng số phòng, ban, đơn vị",
      en: "Departments meeting the standard cannot exceed the number of departments",
    },
  },
  {
    id: "B2-online-procedures",
    sheet: "B2",
    expr: "[10] <= [9]",
    message: {
      vi: "Số thủ tục trực tuyến không được vượt quá tổng số thủ tục hành chính",
      en: "Online procedures cannot exceed the total number of procedures",
    },
  },
  {
    id: "B3-violators",
    sheet: "B3",
    expr: "[2] <= [B1:1]",
    message: {
      vi: "Số đảng viên vi phạm không được vượt quá tổng số đảng viên (Biểu 1)",
      en: "Party members in violation cannot exceed the total number of party members (table 1)",
    },
  },
  {
    id: "B3-party-discipline",
    sheet: "B3",
    expr: "[3] <= [2]",
    message: {
      vi: "Số đảng viên bị kỷ luật lớn hơn số đảng viên vi phạm",
      en: "More party members disciplined than party members in violation",
    },
    severity: "warning",
  },
  {
    id: "B3-staff-discipline",
    sheet: "B3",
    expr: "[4] <= [B2:1@2020]",
    message: {
      vi: "Số người bị kỷ luật hành chính vượt quá tổng số cán bộ, người lao động năm 2020",
      en: "More staff disciplined than the total staff of 2020",
    },
    severity: "warning",
  },
];
