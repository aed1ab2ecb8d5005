import { count, heading, ratio, yesNo, type IndicatorInput, type SheetInput } from "./common";

const CQ = ["CQ"];
const DN = ["DN"];

/** The five years under review, one value column each. */
export const reviewYears = ["2016", "2017", "2018", "2019", "2020"];

function money(code: string, label: string, extra: Partial<IndicatorInput> = {}): IndicatorInput {
  return { code, label, unit: "Triệu đồng", type: "decimal", min: 0, appliesTo: DN, ...extra };
}

/** Part 2 of the report: results against the goals, year by year. */
export const b2Results: SheetInput = {
  kind: "indicators",
  id: "B2",
  name: "B2 Kết quả thực hiện",
  title: "Biểu 2. Kết quả xây dựng văn hóa công sở, văn hóa doanh nghiệp giai đoạn 2016 - 2020",
  columns: reviewYears.map((y) => ({ id: y, header: `Năm ${y}` })),
  indicators: [
    heading("I", "Kết quả chung"),
    count("1", "Tổng số cán bộ, công chức, viên chức, người lao động", "Người"),
    count("2", "Số người ký cam kết thực hiện văn hóa công sở, văn hóa doanh nghiệp", "Người"),
    ratio("3", "Tỷ lệ người ký cam kết", "2", "1"),
    count("4", "Số cán bộ, công chức, viên chức, người lao động đạt chuẩn văn hóa", "Người"),
    ratio("5", "Tỷ lệ cán bộ, công chức, viên chức, người lao động đạt chuẩn văn hóa", "4", "1"),
    count("6", "Tổng số phòng, ban, đơn vị trực thuộc", "Đơn vị"),
    count("7", "Số phòng, ban, đơn vị trực thuộc đạt chuẩn văn hóa", "Đơn vị"),
    ratio("8", "Tỷ lệ phòng, ban, đơn vị trực thuộc đạt chuẩn văn hóa", "7", "6"),
    heading("II", "Văn hóa công sở"),
    count("9", "Số thủ tục hành chính thuộc thẩm quyền giải quyết", "Thủ tục", { appliesTo: CQ }),
    count("10", "Số thủ tục hành chính cung cấp trực tuyến mức độ 3, 4", "Thủ tục", {
      appliesTo: CQ,
    }),
    ratio("11", "Tỷ lệ thủ tục hành chính cung cấp trực tuyến", "10", "9", { appliesTo: CQ }),
    count("12", "Số hồ sơ giải quyết trễ hạn", "Hồ sơ", { appliesTo: CQ }),
    count(
      "13",
      "Số phản ánh, kiến nghị của người dân, doanh nghiệp về thái độ phục vụ",
      "Phản ánh",
      { appliesTo: CQ },
    ),
    yesNo("14", 'Cơ quan đạt danh hiệu "Cơ quan đạt chuẩn văn hóa"', { appliesTo: CQ }),
    heading("III", "Văn hóa doanh nghiệp"),
    money("15", "Doanh thu"),
    money("16", "Lợi nhuận trước thuế", { min: undefined }),
    money("17", "Nộp ngân sách nhà nước"),
    // An average per worker: weighted by the number of workers (indicator 1), never summed.
    money("18", "Thu nhập bình quân của người lao động (tháng)", {
      max: 500,
      aggregation: { weightedMean: { weight: "1" } },
    }),
    yesNo("19", "Có bộ nhận diện thương hiệu (logo, khẩu hiệu, đồng phục)", { appliesTo: DN }),
    count("20", "Số sản phẩm, dịch vụ được bảo hộ nhãn hiệu", "Sản phẩm", { appliesTo: DN }),
    yesNo("21", "Có thỏa ước lao động tập thể còn hiệu lực", { appliesTo: DN }),
    count("22", "Số hội nghị người lao động, đối thoại tại nơi làm việc", "Cuộc", {
      appliesTo: DN,
    }),
    count("23", "Số vụ tranh chấp lao động, ngừng việc tập thể", "Vụ", { appliesTo: DN }),
    heading("IV", "Hoạt động văn hóa, xã hội"),
    count("24", "Số hoạt động văn hóa, văn nghệ, thể dục thể thao đã tổ chức", "Hoạt động"),
    count("25", "Số lượt người tham gia hoạt động từ thiện, tình nguyện", "Lượt người"),
    {
      code: "26",
      label: "Kinh phí ủng hộ hoạt động xã hội, từ thiện",
      unit: "Triệu đồng",
      type: "decimal",
      min: 0,
    },
  ],
};
