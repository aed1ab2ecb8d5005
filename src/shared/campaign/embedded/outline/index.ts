import type { OutlineInput } from "../../../model";
import { b1Dissemination } from "./b1Dissemination";
import { b2Results } from "./b2Results";
import { b3Discipline } from "./b3Discipline";
import { b4Commendations } from "./b4Commendations";
import { infoSheet } from "./infoSheet";
import { l1Models, l2Nominations } from "./lists";
import { rules } from "./rules";

/**
 * Our own appendix outline: the detailed outline promised by the plan was not sent, so the sheets
 * follow its five report parts (leadership, results, limitations, commendations, proposals).
 */
export const outline: OutlineInput = {
  id: "phuluc-sk5-vhcs-vhdn",
  version: "1.0.0",
  title:
    "Phụ lục số liệu sơ kết 05 năm thực hiện Nghị quyết số 01-NQ/ĐUK và Chỉ thị số 01-CT/ĐUK về xây dựng văn hóa công sở và văn hóa doanh nghiệp",
  sheets: [
    infoSheet,
    b1Dissemination,
    b2Results,
    b3Discipline,
    b4Commendations,
    l1Models,
    l2Nominations,
  ],
  rules,
};
