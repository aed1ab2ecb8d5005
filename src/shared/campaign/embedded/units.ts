import type { CampaignInput } from "../../model";
import { supervisors as s } from "./supervisors";

type UnitInput = CampaignInput["units"] extends (infer U)[] | undefined ? U : never;
type Row = [code: string, name: string, type: "CQ" | "DN", supervisor: string, parent?: string];

function units(level: string, rows: Row[]): UnitInput[] {
  return rows.map(([code, name, type, supervisor, parent]) => ({
    code,
    name,
    level,
    type,
    supervisor,
    ...(parent ? { parent } : {}),
  }));
}

/** Grassroots đảng bộ: agencies first, then enterprises. */
const dangBoCoSo = units("DBCS", [
  ["DBCS01", "Đảng bộ Sở Tài chính", "CQ", s.deputyStanding],
  ["DBCS02", "Đảng bộ Sở Kế hoạch và Đầu tư", "CQ", s.deputyStanding],
  ["DBCS03", "Đảng bộ Sở Giáo dục và Đào tạo", "CQ", s.propaganda],
  ["DBCS04", "Đảng bộ Sở Y tế", "CQ", s.propaganda],
  ["DBCS05", "Đảng bộ Văn phòng Ủy ban nhân dân tỉnh", "CQ", s.deputy],
  ["DBCS06", "Đảng bộ Sở Nông nghiệp và Phát triển nông thôn", "CQ", s.organization],
  ["DBCS07", "Đảng bộ Kho bạc Nhà nước tỉnh", "CQ", s.inspection],
  ["DBCS08", "Đảng bộ Cục Thuế tỉnh", "CQ", s.inspection],
  ["DBCS09", "Đảng bộ Công ty Cổ phần Cấp nước tỉnh", "DN", s.deputy],
  ["DBCS10", "Đảng bộ Công ty Điện lực tỉnh", "DN", s.deputy],
  [
    "DBCS11",
    "Đảng bộ Ngân hàng Thương mại cổ phần Công thương – Chi nhánh tỉnh",
    "DN",
    s.organization,
  ],
  ["DBCS12", "Đảng bộ Công ty TNHH MTV Khai thác công trình thủy lợi", "DN", s.organization],
  ["DBCS13", "Đảng bộ Công ty Cổ phần Môi trường đô thị", "DN", s.inspection],
  ["DBCS14", "Đảng bộ Bưu điện tỉnh", "DN", s.propaganda],
]);

const chiBoCoSo = units("CBCS", [
  ["CBCS01", "Chi bộ Sở Tư pháp", "CQ", s.deputyStanding],
  ["CBCS02", "Chi bộ Sở Ngoại vụ", "CQ", s.deputyStanding],
  ["CBCS03", "Chi bộ Ban Dân tộc tỉnh", "CQ", s.propaganda],
  ["CBCS04", "Chi bộ Sở Khoa học và Công nghệ", "CQ", s.propaganda],
  ["CBCS05", "Chi bộ Liên minh Hợp tác xã tỉnh", "CQ", s.deputy],
  ["CBCS06", "Chi bộ Thanh tra tỉnh", "CQ", s.inspection],
  ["CBCS07", "Chi bộ Sở Thông tin và Truyền thông", "CQ", s.propaganda],
  ["CBCS08", "Chi bộ Sở Lao động – Thương binh và Xã hội", "CQ", s.organization],
  ["CBCS09", "Chi bộ Sở Văn hóa, Thể thao và Du lịch", "CQ", s.organization],
  ["CBCS10", "Chi bộ Công ty TNHH MTV Xổ số kiến thiết", "DN", s.deputy],
  ["CBCS11", "Chi bộ Công ty Cổ phần Dược phẩm tỉnh", "DN", s.deputy],
  ["CBCS12", "Chi bộ Công ty TNHH MTV Lâm nghiệp", "DN", s.organization],
  ["CBCS13", "Chi bộ Công ty Cổ phần Xây dựng Giao thông", "DN", s.inspection],
  ["CBCS14", "Chi bộ Công ty Cổ phần Du lịch tỉnh", "DN", s.propaganda],
  ["CBCS15", "Chi bộ Quỹ Đầu tư phát triển tỉnh", "DN", s.deputyStanding],
  ["CBCS16", "Chi bộ Công ty Cổ phần Vận tải hành khách", "DN", s.inspection],
  ["CBCS17", "Chi bộ Công ty Cổ phần In và Bao bì", "DN", s.deputy],
  ["CBCS18", "Chi bộ Công ty TNHH MTV Cấp thoát nước đô thị", "DN", s.organization],
]);

/** Branches under a đảng bộ cơ sở: they report to it, and share its type and supervisor. */
const chiBoTrucThuoc = units("CBTT", [
  ["CBTT01", "Chi bộ Văn phòng Sở Tài chính", "CQ", s.deputyStanding, "DBCS01"],
  ["CBTT02", "Chi bộ Phòng Quản lý ngân sách", "CQ", s.deputyStanding, "DBCS01"],
  ["CBTT03", "Chi bộ Phòng Tài chính doanh nghiệp", "CQ", s.deputyStanding, "DBCS01"],
  ["CBTT04", "Chi bộ Phòng Tổng hợp, quy hoạch", "CQ", s.deputyStanding, "DBCS02"],
  ["CBTT05", "Chi bộ Phòng Đăng ký kinh doanh", "CQ", s.deputyStanding, "DBCS02"],
  ["CBTT06", "Chi bộ Văn phòng Sở Giáo dục và Đào tạo", "CQ", s.propaganda, "DBCS03"],
  ["CBTT07", "Chi bộ Phòng Nghiệp vụ Y", "CQ", s.propaganda, "DBCS04"],
  ["CBTT08", "Chi bộ Xí nghiệp Nước sạch số 1", "DN", s.deputy, "DBCS09"],
  ["CBTT09", "Chi bộ Xí nghiệp Nước sạch số 2", "DN", s.deputy, "DBCS09"],
  ["CBTT10", "Chi bộ Điện lực thành phố", "DN", s.deputy, "DBCS10"],
  ["CBTT11", "Chi bộ Phòng Giao dịch Trung tâm", "DN", s.organization, "DBCS11"],
  ["CBTT12", "Chi bộ Đội Quản lý thủy nông số 3", "DN", s.organization, "DBCS12"],
]);

/** The consolidating body itself, registered so the progress of its own conference is tracked. */
const dangBoKhoi = units("DBK", [
  ["DBK", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "CQ", s.deputyStanding],
]);

/** The fictional unit registry of the embedded campaign. */
export const registry: UnitInput[] = [
  ...dangBoCoSo,
  ...chiBoCoSo,
  ...chiBoTrucThuoc,
  ...dangBoKhoi,
];
