import { count, heading, quantityColumn, type SheetInput } from "./common";

/** Part 3 of the report (limitations): violations and how they were handled. */
export const b3Discipline: SheetInput = {
  kind: "indicators",
  id: "B3",
  name: "B3 Kỷ luật, vi phạm",
  title: "Biểu 3. Vi phạm văn hóa công sở, văn hóa doanh nghiệp và xử lý kỷ luật (2016 - 2020)",
  columns: quantityColumn,
  indicators: [
    heading("I", "Vi phạm"),
    count("1", "Số trường hợp vi phạm văn hóa công sở, văn hóa doanh nghiệp", "Trường hợp", {
      sumOfChildren: true,
      assessment: "demerit",
    }),
    count("1.1", "Vi phạm giờ giấc, kỷ luật lao động", "Trường hợp"),
    count("1.2", "Vi phạm trang phục, giao tiếp, ứng xử", "Trường hợp"),
    count("1.3", "Sử dụng rượu, bia trong giờ làm việc", "Trường hợp"),
    count("1.4", "Vi phạm khác", "Trường hợp"),
    count("2", "Số đảng viên vi phạm", "Đảng viên"),
    heading("II", "Xử lý kỷ luật"),
    count("3", "Số đảng viên bị kỷ luật đảng", "Đảng viên", {
      sumOfChildren: true,
      assessment: "demerit",
    }),
    count("3.1", "Khiển trách", "Đảng viên"),
    count("3.2", "Cảnh cáo", "Đảng viên"),
    count("3.3", "Cách chức", "Đảng viên"),
    count("3.4", "Khai trừ", "Đảng viên"),
    count("4", "Số cán bộ, công chức, viên chức, người lao động bị kỷ luật hành chính", "Người", {
      sumOfChildren: true,
    }),
    count("4.1", "Khiển trách", "Người"),
    count("4.2", "Cảnh cáo", "Người"),
    count("4.3", "Hạ bậc lương", "Người"),
    count("4.4", "Giáng chức", "Người"),
    count("4.5", "Cách chức", "Người"),
    count("4.6", "Buộc thôi việc", "Người"),
  ],
};
