import type { CampaignInput } from "../../model";

/**
 * The five parts of "II. NỘI DUNG SƠ KẾT" in the plan's words, with the appendix sheets that
 * give each its figures: dissemination for part 1, results, commendations and typical models for
 * part 2, violations for part 3, nominations for commendation with the proposals of part 5.
 */
export const reportParts: NonNullable<CampaignInput["reportParts"]> = [
  {
    title:
      "Công tác lãnh đạo, chỉ đạo quán triệt, triển khai Nghị quyết số 01-NQ/ĐUK, ngày 10/10/2016 của Đảng ủy Khối các cơ quan tỉnh và Chỉ thị số 01-CT/ĐUK, ngày 10/03/2016 của Đảng ủy Khối doanh nghiệp tỉnh về xây dựng văn hóa công sở và văn hóa doanh nghiệp",
    sheets: ["B1"],
  },
  {
    title:
      "Đánh giá kết quả thực hiện theo các mục tiêu, nhiệm vụ, giải pháp của Nghị quyết số 01-NQ/ĐUK và Chỉ thị số 01-CT/ĐUK của Đảng ủy Khối",
    sheets: ["B2", "B4", "L1"],
  },
  {
    title:
      "Những hạn chế, nguyên nhân và bài học kinh nghiệm trong việc xây dựng văn hóa công sở, văn hóa doanh nghiệp tại cơ quan, doanh nghiệp",
    sheets: ["B3"],
  },
  { title: "Phương hướng, nhiệm vụ, giải pháp trong thời gian tới", sheets: [] },
  { title: "Đề xuất, kiến nghị (nếu có)", sheets: ["L2"] },
];
