/**
 * Fictional members of the Standing Committee, each in charge (phụ trách) of a group of units,
 * so progress can be followed by supervisor.
 */
export const supervisors = {
  deputyStanding: "Đ/c Trần Minh Khoa – Phó Bí thư Thường trực",
  deputy: "Đ/c Lê Thị Hồng Nhung – Phó Bí thư",
  inspection: "Đ/c Phạm Quốc Thắng – Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra",
  propaganda: "Đ/c Vũ Thị Thanh Hương – Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo",
  organization: "Đ/c Đỗ Văn Lâm – Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức",
} as const;
