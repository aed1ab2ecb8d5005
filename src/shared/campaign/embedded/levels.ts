import type { CampaignInput } from "../../model";

type MilestoneInput = CampaignInput["levels"][number]["milestones"][number];

/** Every grassroots committee sends its report and appendix by the same date. */
const grassrootsReport: MilestoneInput = {
  id: "report",
  label: "Gửi báo cáo và phụ lục về Đảng ủy Khối",
  asWritten:
    "tổng hợp, xây dựng Báo cáo và phụ lục gửi về Đảng ủy Khối (qua Văn phòng Đảng ủy Khối trước ngày 05/5/2021)",
  due: "2021-05-05",
  inclusive: false,
};

const branchSessions = "tháng 3 và tháng 4 năm 2021";

/**
 * The levels and their milestones. "Trước ngày X" is read literally: X itself is late
 * (`inclusive: false`). Where the plan gives both a period and a finishing date, the finishing
 * date is the milestone and `asWritten` quotes both.
 */
export const levels: CampaignInput["levels"] = [
  {
    code: "DBCS",
    name: "Đảng bộ cơ sở",
    milestones: [
      {
        id: "conference",
        label: "Hội nghị sơ kết",
        asWritten:
          "Tổ chức sơ kết tại phiên họp Ban Chấp hành Đảng ủy mở rộng trong Quý II năm 2021; Hoàn thành trước ngày 30/4/2021",
        due: "2021-04-30",
        inclusive: false,
      },
      grassrootsReport,
    ],
  },
  {
    code: "CBCS",
    name: "Chi bộ cơ sở",
    milestones: [
      {
        id: "conference",
        label: "Hội nghị sơ kết",
        asWritten: `Tổ chức sơ kết tại phiên sinh hoạt chi bộ thường kỳ ${branchSessions}; Hoàn thành trước ngày 15/4/2021`,
        due: "2021-04-15",
        inclusive: false,
      },
      grassrootsReport,
    ],
  },
  {
    code: "CBTT",
    name: "Chi bộ trực thuộc đảng ủy cơ sở",
    reportsTo: "DBCS",
    milestones: [
      {
        id: "conference",
        label: "Sinh hoạt chuyên đề",
        asWritten: `Tổ chức sinh hoạt chuyên đề tại phiên sinh hoạt chi bộ thường kỳ ${branchSessions}`,
        window: { from: "2021-03-01", to: "2021-04-30" },
        inclusive: true,
      },
      {
        // The plan gives the chi bộ trực thuộc no report date of its own. This one is derived
        // from the conference window (results go up right after the April session) so that the
        // parent đảng bộ can consolidate its branches by its own deadline around 30/4/2021.
        id: "report",
        label: "Gửi kết quả về đảng ủy cơ sở",
        asWritten: `phiên sinh hoạt chi bộ thường kỳ ${branchSessions}`,
        window: { from: "2021-03-01", to: "2021-04-30" },
        inclusive: true,
      },
    ],
  },
  {
    code: "DBK",
    name: "Đảng bộ Khối",
    milestones: [
      {
        id: "conference",
        label: "Hội nghị sơ kết",
        asWritten: "Tổ chức Hội nghị sơ kết; Đảng bộ Khối: Hoàn thành trước ngày 30/5/2021",
        due: "2021-05-30",
        inclusive: false,
      },
    ],
  },
];
