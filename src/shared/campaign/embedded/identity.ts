import type { CampaignInput } from "../../model";

/** Identity of the embedded campaign, in the plan's own words. */
export const identity = {
  id: "sk5-nq01-ct01-2021",
  title:
    "Sơ kết 05 năm thực hiện Nghị quyết số 01-NQ/ĐUK, ngày 10/10/2016 và Chỉ thị số 01-CT/ĐUK, ngày 10/3/2016 của Đảng ủy Khối về xây dựng văn hóa công sở và văn hóa doanh nghiệp",
  issuer: "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
} satisfies Pick<CampaignInput, "id" | "title" | "issuer">;

/**
 * The resolution and the directive under review. The plan names them together ("… của Đảng ủy
 * Khối các cơ quan tỉnh và Chỉ thị … của Đảng ủy Khối doanh nghiệp tỉnh về xây dựng văn hóa
 * công sở và văn hóa doanh nghiệp"); each title keeps its issuer and its half of the subject.
 * The plan's own number and date are not given, so the plan itself is not listed.
 */
export const documents: NonNullable<CampaignInput["documents"]> = [
  {
    number: "01-NQ/ĐUK",
    date: "2016-10-10",
    title:
      "Nghị quyết số 01-NQ/ĐUK, ngày 10/10/2016 của Đảng ủy Khối các cơ quan tỉnh về xây dựng văn hóa công sở",
  },
  {
    number: "01-CT/ĐUK",
    date: "2016-03-10",
    title:
      "Chỉ thị số 01-CT/ĐUK, ngày 10/03/2016 của Đảng ủy Khối doanh nghiệp tỉnh về xây dựng văn hóa doanh nghiệp",
  },
];

/**
 * The appendix as the plan's issuer signs it: a Party body (Hướng dẫn 36-HD/VPTW), the plan's own
 * signature block ("T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", name left for the signer), and the report it
 * accompanies with its number and date left blank until signed.
 */
export const documentForm: NonNullable<CampaignInput["documentForm"]> = {
  kind: "party",
  issuingBody: ["ĐẢNG BỘ TỈNH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH"],
  reportReference:
    "Kèm theo Báo cáo số      -BC/ĐUK, ngày    tháng    năm 2021 của Ban Thường vụ Đảng ủy Khối",
  signature: { onBehalf: "T/M BAN THƯỜNG VỤ", role: "PHÓ BÍ THƯ", name: "" },
};
