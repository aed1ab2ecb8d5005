import type { OutlineInput } from "../../../model";
import { levels } from "../levels";
import { unitTypes } from "../unitTypes";

type SheetInput = OutlineInput["sheets"][number];

/**
 * The unit information sheet. Field ids are the well-known ones the core reads (unitCode,
 * unitName, level, unitType, submittedAt) plus the unit's size, used for plausibility checks.
 */
export const infoSheet: SheetInput = {
  kind: "info",
  id: "TT",
  name: "Thông tin đơn vị",
  title: "THÔNG TIN ĐƠN VỊ BÁO CÁO",
  fields: [
    { id: "unitCode", label: "Mã đơn vị", type: "text" },
    { id: "unitName", label: "Tên tổ chức cơ sở đảng", type: "text" },
    { id: "level", label: "Cấp tổ chức đảng", type: "choice", choices: levels.map((l) => l.code) },
    {
      id: "unitType",
      label: "Loại hình (CQ: cơ quan, DN: doanh nghiệp)",
      type: "choice",
      choices: unitTypes.map((t) => t.code),
    },
    { id: "partyMembers", label: "Tổng số đảng viên", type: "integer", min: 0 },
    {
      id: "staff",
      label: "Tổng số cán bộ, công chức, viên chức, người lao động",
      type: "integer",
      min: 0,
    },
    {
      id: "conferenceDate",
      label: "Ngày tổ chức hội nghị sơ kết (sinh hoạt chuyên đề)",
      type: "date",
    },
    { id: "submittedAt", label: "Ngày gửi báo cáo", type: "date" },
    { id: "preparer", label: "Người lập biểu", type: "text" },
    { id: "phone", label: "Số điện thoại liên hệ", type: "text", required: false },
  ],
};
