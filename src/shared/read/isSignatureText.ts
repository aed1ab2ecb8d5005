/**
 * What offices write under a table (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP: place and
 * date, signer's capacity and title, "(Ký, ghi rõ họ tên)", recipients, notes), on text folded
 * by normalizeLabel (lower case, no diacritics, đ → d).
 */
const SIGNATURE: RegExp[] = [
  // "Người lập biểu", "Người tổng hợp", "Cán bộ lập biểu", "Người kiểm tra"
  /^(nguoi|can bo) (lap|tong hop|kiem tra|duyet)\b/,
  // "T/M CHI ỦY", "TM. BAN THƯỜNG VỤ", "Thay mặt…", "K/T", "KT. BÍ THƯ", "Q. …", "TL.", "TUQ."
  /^(t\/m|t\.m\b|tm\b|thay mat|k\/t|kt\b|q\.|tl\b|t\/l|tuq\b)/,
  // The signer's title alone on its line
  /^(pho )?(bi thu|chu tich|thu truong|giam doc|truong ban|truong phong|chanh van phong)( don vi| chi bo| dang uy| co quan)?$/,
  // "(Ký, ghi rõ họ tên)", "(ký tên, đóng dấu)", "Ký tên"
  /^\(\s*ky\b/,
  /^ky( ten)?(,|$)/,
  // "Nơi nhận:", "Xác nhận của…", "Ghi chú:", "Lưu: VT"
  /^(noi nhan|xac nhan|ghi chu|luu\s*:|luu vt)/,
  // "Đà Nẵng, ngày 28 tháng 4 năm 2021", "…, ngày … tháng … năm …"
  /\bngay\s*(\d{1,2}|[.…_ ]+)\s*thang\s*(\d{1,2}|[.…_ ]+)\s*nam\b/,
];

/**
 * Whether a cell's folded text is signature-block wording rather than table content.
 *
 * @example isSignatureText("nguoi lap bieu") === true
 * @example isSignatureText("t/m chi uy") === true
 * @example isSignatureText("da nang, ngay 28 thang 4 nam 2021") === true
 * @example isSignatureText("bi thu chi bo phong ke toan") === false
 */
export function isSignatureText(folded: string): boolean {
  return SIGNATURE.some((re) => re.test(folded));
}
