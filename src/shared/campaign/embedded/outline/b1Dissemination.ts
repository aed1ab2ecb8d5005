import { count, heading, quantityColumn, ratio, yesNo, type SheetInput } from "./common";

const CQ = ["CQ"];
const DN = ["DN"];

/** Part 1 of the report: leadership, dissemination and the documents that made them concrete. */
export const b1Dissemination: SheetInput = {
  kind: "indicators",
  id: "B1",
  name: "B1 Quán triệt, triển khai",
  title:
    "Biểu 1. Công tác lãnh đạo, chỉ đạo quán triệt, triển khai Nghị quyết số 01-NQ/ĐUK và Chỉ thị số 01-CT/ĐUK",
  columns: quantityColumn,
  indicators: [
    heading("I", "Học tập, quán triệt, tuyên truyền"),
    count("1", "Tổng số đảng viên của đảng bộ, chi bộ", "Đảng viên"),
    count("2", "Số hội nghị học tập, quán triệt Nghị quyết, Chỉ thị đã tổ chức", "Cuộc"),
    count("3", "Số đảng viên tham gia học tập, quán triệt", "Đảng viên"),
    ratio("4", "Tỷ lệ đảng viên tham gia học tập, quán triệt", "3", "1", { assessment: "merit" }),
    count(
      "5",
      "Số lượt cán bộ, công chức, viên chức, người lao động ngoài Đảng được tuyên truyền",
      "Lượt người",
    ),
    count("6", "Số tin, bài tuyên truyền trên trang thông tin điện tử, bản tin nội bộ", "Tin, bài"),
    heading("II", "Văn bản lãnh đạo, chỉ đạo, cụ thể hóa"),
    count("7", "Tổng số văn bản lãnh đạo, chỉ đạo đã ban hành", "Văn bản", { sumOfChildren: true }),
    count("7.1", "Nghị quyết chuyên đề", "Văn bản"),
    count("7.2", "Kế hoạch, chương trình hành động", "Văn bản"),
    count("7.3", "Quy chế văn hóa công sở", "Văn bản", { appliesTo: CQ }),
    count("7.4", "Quy chế văn hóa doanh nghiệp, bộ quy tắc ứng xử", "Văn bản", { appliesTo: DN }),
    count("7.5", "Văn bản khác (hướng dẫn, công văn chỉ đạo)", "Văn bản"),
    heading("III", "Kiểm tra, giám sát, sơ kết"),
    count("8", "Số cuộc kiểm tra, giám sát việc thực hiện", "Cuộc"),
    yesNo("9", "Có phân công cấp ủy viên phụ trách, theo dõi việc thực hiện"),
    yesNo("10", "Đã phối hợp với thủ trưởng cơ quan ban hành quy chế văn hóa công sở", {
      appliesTo: CQ,
    }),
    yesNo(
      "11",
      "Đã phối hợp với lãnh đạo doanh nghiệp xây dựng bộ nhận diện văn hóa doanh nghiệp",
      {
        appliesTo: DN,
      },
    ),
  ],
};
