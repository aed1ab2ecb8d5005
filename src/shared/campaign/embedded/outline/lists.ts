import { unitTypes } from "../unitTypes";
import type { SheetInput } from "./common";

const unitTypeCodes = unitTypes.map((t) => t.code);

/** Typical models worth spreading (the plan asks to "phát hiện, nhân rộng các mô hình, điển hình"). */
export const l1Models: SheetInput = {
  kind: "list",
  id: "L1",
  name: "L1 Mô hình điển hình",
  title:
    "Danh sách mô hình, điển hình tiên tiến trong xây dựng văn hóa công sở, văn hóa doanh nghiệp",
  maxRows: 200,
  columns: [
    { id: "name", header: "Tên mô hình, điển hình", type: "text", required: true },
    {
      id: "field",
      header: "Lĩnh vực",
      type: "choice",
      choices: [
        "Văn hóa công sở",
        "Văn hóa doanh nghiệp",
        "Cải cách hành chính",
        "Văn hóa giao tiếp, ứng xử",
        "Hoạt động xã hội, từ thiện",
      ],
      required: true,
    },
    { id: "yearStarted", header: "Năm bắt đầu thực hiện", type: "integer", min: 2016, max: 2021 },
    { id: "result", header: "Kết quả, hiệu quả", type: "text" },
    { id: "unitType", header: "Loại hình", type: "choice", choices: unitTypeCodes },
  ],
};

/** Collectives and individuals proposed for commendation (the plan: "biểu dương các tập thể, cá nhân"). */
export const l2Nominations: SheetInput = {
  kind: "list",
  id: "L2",
  name: "L2 Đề nghị khen thưởng",
  title: "Danh sách đề nghị khen thưởng tập thể, cá nhân có thành tích tiêu biểu",
  maxRows: 200,
  columns: [
    {
      id: "kind",
      header: "Tập thể / Cá nhân",
      type: "choice",
      choices: ["Tập thể", "Cá nhân"],
      required: true,
    },
    { id: "name", header: "Tên tập thể hoặc họ và tên cá nhân", type: "text", required: true },
    { id: "position", header: "Chức vụ, đơn vị công tác", type: "text" },
    { id: "achievement", header: "Thành tích tiêu biểu", type: "text", required: true },
    {
      id: "form",
      header: "Hình thức đề nghị",
      type: "choice",
      choices: [
        "Giấy khen của Ban Thường vụ Đảng ủy Khối",
        "Bằng khen của Ban Thường vụ Tỉnh ủy",
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      ],
      required: true,
    },
  ],
};
