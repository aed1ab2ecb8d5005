/**
 * Syllables that are very common in what units type: people's names (family, middle and given
 * names) and the words of administrative and party reports. Lower case, NFC.
 *
 * A legacy-font word can also be a rare but valid Unicode syllable: VNI "Thò" is "Thị", TCVN3
 * "Léc" is "Lộc", VNI "Sôn" is "Sơn". When the converted word is one of these and the word as
 * typed is not, the conversion is what the clerk meant. Written for this purpose from common
 * Vietnamese names and report wording (not copied from a corpus).
 */
const WORDS = `
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh mai tô hà
lâm tạ châu thái cao lương chu đoàn kiều quách lưu trương tôn thân mạc doãn khúc giang hứa
lục nông triệu âu diệp khổng vương viên văn thị minh hữu đức thành ngọc thu quốc hoài thanh
kim bá xuân phương hồng thúy thùy thủy diệu bảo gia khánh như quang công đình trọng trung
mạnh tiến anh tuấn tú hùng dũng cường bình an hải hà hằng hạnh hương hiền hiếu hòa hoà hoa
huệ huyền khải khang khoa kiên lan liên linh loan long lộc luân lực mẫn my mỹ nam nga ngân
nghĩa nhàn nhân nhung nhi nhật oanh phong phúc phú phụng phượng quân quý quyên quyết quỳnh
sang sơn sinh tài tâm tân thắng thảo thao thiện thịnh thơ thông thuận thư thương tiên tín
toàn trang trâm trí triều trinh trúc tùng tuệ tường uyên vân việt vinh vĩnh vy xuyến yến
ánh ân duy dung duyên đạt điệp định đông giao hân hậu hiển hiệp hoan hưng huy kha khiêm
lợi lữ lụa mơ mừng nghị ngư nhạn nhu ninh phát phi quế sâm sáng tấn thạch thắm thi thiên
thịnh thoa thuần thúy tiền tình toản trà trường tư tuyết uy vi vũ xuân ý
đảng bộ chi ủy ban cơ quan sở tỉnh huyện xã phường thành phố khối doanh nghiệp công ty cổ
phần đơn vị tổ chức cán công chức viên người lao động số lượng tổng cộng năm tháng ngày quý
báo cáo kết quả thực hiện nghị quyết chỉ thị kế hoạch chương trình văn hóa hoá văn phòng
phòng bí thư phó trưởng giám đốc chủ tịch hội đồng nhân dân mặt trận đoàn thanh niên phụ nữ
cựu chiến binh nông dân liên đoàn tư pháp tài chính tế thuế kho bạc nhà nước ngân hàng điện
lực bưu cấp nước môi trường giáo dục đào tạo y xây dựng giao thông vận tải nông nghiệp
phát triển thôn thanh tra nội vụ tuyên giáo kiểm tra dân vận tổ chức hành chính tổng hợp
khen thưởng kỷ luật vi phạm khiển trách cảnh cáo cách khai trừ giấy bằng danh hiệu tập thể
cá nhân lập biểu đồng chí ông bà anh chị em trong của và các những cho với được đã có không
là một hai ba bốn năm sáu bảy tám chín mười trăm nghìn triệu tỷ đồng mới ra vào về theo tại
trên dưới sau trước giữa từ đến hết lần lượt cuộc hội nghị học tập quán triệt tuyên truyền
mô hình điển hình tiên tiến thi đua phong trào dẫn đầu xuất sắc hoàn thành nhiệm vụ tốt khá
trung bình yếu kém đạt chuẩn quy chế định tắc ứng xử giờ giấc trang phục giao tiếp dòng
số điện thoại ghi chú nội dung tên họ chức vụ công tác thời gian địa điểm
`;

const COMMON = new Set(WORDS.split(/\s+/).filter((w) => w !== ""));

/**
 * Whether a word (any case, NFC) is a very common Vietnamese syllable.
 *
 * @example isCommonSyllable("Thị") === true
 * @example isCommonSyllable("thò") === false
 */
export function isCommonSyllable(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}
