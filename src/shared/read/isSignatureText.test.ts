import { normalizeLabel } from "../text/normalizeLabel";
import { isSignatureText } from "./isSignatureText";

const sig = (s: string) => isSignatureText(normalizeLabel(s));

describe("isSignatureText", () => {
  it.each([
    "Người lập biểu",
    "NGƯỜI LẬP BIỂU",
    "T/M CHI ỦY",
    "T/M BAN THƯỜNG VỤ",
    "TM. ĐẢNG ỦY",
    "KT. BÍ THƯ",
    "BÍ THƯ",
    "PHÓ BÍ THƯ",
    "Thủ trưởng đơn vị",
    "(Ký, ghi rõ họ tên)",
    "(ký tên, đóng dấu)",
    "Ký tên",
    "Nơi nhận:",
    "Ghi chú: số liệu tính đến 30/4/2021",
    "Đà Nẵng, ngày 28 tháng 4 năm 2021",
    "……, ngày … tháng … năm 2021",
  ])("%j is signature wording", (s) => expect(sig(s)).toBe(true));

  it.each([
    "Nguyễn Thị Hằng",
    "Bí thư Chi bộ Phòng Kế toán",
    "Chánh Văn phòng Sở",
    "Công sở xanh – sạch – đẹp",
    "Tập thể",
    "Giấy khen của Ban Thường vụ Đảng ủy Khối",
    "Tổ chức ngày hội văn hóa hằng năm",
    "Kỹ năng giao tiếp",
    "Tổ chức ngày hội vào tháng 5 năm 2019",
  ])("%j is table content", (s) => expect(sig(s)).toBe(false));
});
