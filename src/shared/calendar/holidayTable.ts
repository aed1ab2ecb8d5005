import { z } from "zod";
import { isoDateSchema } from "../model/common";

/**
 * What the government fixes each year beyond the Labour Code's rules: the exact Tết span, the day
 * next to 2/9 (from 2021), and swapped days (a weekday off, a Saturday worked in exchange). Each
 * entry cites where it comes from; `verified: false` marks what could not be checked against the
 * decision itself (reported by secondary sources only).
 */
export const holidayYearSchema = z.object({
  year: z.number().int(),
  /** Tết days off as announced, weekends included (first and last day). */
  tet: z.object({ from: isoDateSchema, to: isoDateSchema }),
  /** The day off next to Quốc khánh 2/9 (Labour Code 2019, from 2021). */
  nationalDayExtra: isoDateSchema.optional(),
  /** Weekdays given off in exchange for a Saturday worked. */
  swappedOff: z
    .array(z.object({ date: isoDateSchema, workedInstead: isoDateSchema, name: z.string() }))
    .default([]),
  source: z.string().min(1),
  verified: z.boolean(),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

const SOURCE_MOLISA =
  "Thông báo của Bộ Lao động – Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh";
const SOURCE_MOHA = "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Âm lịch và Quốc khánh";

export const HOLIDAY_TABLE: HolidayYear[] = z.array(holidayYearSchema).parse([
  {
    year: 2016,
    tet: { from: "2016-02-06", to: "2016-02-14" },
    source: `${SOURCE_MOLISA} năm 2016 (Chính phủ đồng ý tại phiên họp 29/10/2015): nghỉ 06/02–14/02/2016, không hoán đổi`,
    verified: true,
  },
  {
    year: 2017,
    tet: { from: "2017-01-26", to: "2017-02-01" },
    source: `${SOURCE_MOLISA} năm 2017: nghỉ 26/01 (29 Tết) – 01/02/2017 (mùng 5)`,
    verified: false,
  },
  {
    year: 2018,
    tet: { from: "2018-02-14", to: "2018-02-20" },
    swappedOff: [
      {
        date: "2018-12-31",
        workedInstead: "2019-01-05",
        name: "Nghỉ hoán đổi Tết Dương lịch 2019",
      },
    ],
    source: `${SOURCE_MOLISA} năm 2018: nghỉ 14/02 (29 Tết) – 20/02/2018 (mùng 5); Tết Dương lịch 2019: nghỉ 31/12/2018, làm bù thứ Bảy 05/01/2019`,
    verified: false,
  },
  {
    year: 2019,
    tet: { from: "2019-02-02", to: "2019-02-10" },
    swappedOff: [
      { date: "2019-04-29", workedInstead: "2019-05-04", name: "Nghỉ hoán đổi dịp 30/4–1/5" },
    ],
    source: `Thông báo 5054/TB-LĐTBXH (2018) về lịch nghỉ năm 2019: Tết 02/02–10/02/2019; nghỉ 29/4, làm bù thứ Bảy 04/5/2019`,
    verified: false,
  },
  {
    year: 2020,
    tet: { from: "2020-01-23", to: "2020-01-29" },
    source: `${SOURCE_MOLISA} năm 2020: nghỉ 23/01 (29 Tết) – 29/01/2020 (mùng 5)`,
    verified: false,
  },
  {
    year: 2021,
    tet: { from: "2021-02-10", to: "2021-02-16" },
    nationalDayExtra: "2021-09-03",
    source:
      "Thông báo 6150/TB-LĐTBXH ngày 23/12/2020: Tết 10/02 (29 Tết) – 16/02/2021 (mùng 5); Quốc khánh 02/9 và 03/9/2021",
    verified: false,
  },
  {
    year: 2022,
    tet: { from: "2022-01-29", to: "2022-02-06" },
    nationalDayExtra: "2022-09-01",
    source: `${SOURCE_MOLISA} năm 2022 (Thông báo 4403/TB-LĐTBXH): Tết 29/01–06/02/2022; Quốc khánh 01/9 và 02/9/2022`,
    verified: false,
  },
  {
    year: 2023,
    tet: { from: "2023-01-20", to: "2023-01-26" },
    nationalDayExtra: "2023-09-01",
    source: `${SOURCE_MOLISA} năm 2023 (Thông báo 4785/TB-LĐTBXH): Tết 20/01–26/01/2023; Quốc khánh 01/9–04/9/2023 (4/9 nghỉ bù)`,
    verified: false,
  },
  {
    year: 2024,
    tet: { from: "2024-02-08", to: "2024-02-14" },
    nationalDayExtra: "2024-09-03",
    swappedOff: [
      { date: "2024-04-29", workedInstead: "2024-05-04", name: "Nghỉ hoán đổi dịp 30/4–1/5" },
    ],
    source: `${SOURCE_MOLISA} năm 2024: Tết 08/02–14/02/2024; nghỉ 29/4, làm bù thứ Bảy 04/5/2024; Quốc khánh 31/8–03/9/2024`,
    verified: true,
  },
  {
    year: 2025,
    tet: { from: "2025-01-25", to: "2025-02-02" },
    nationalDayExtra: "2025-09-01",
    swappedOff: [
      { date: "2025-05-02", workedInstead: "2025-04-26", name: "Nghỉ hoán đổi dịp 30/4–1/5" },
    ],
    source: `${SOURCE_MOLISA} năm 2025: Tết 25/01–02/02/2025; nghỉ 02/5, làm bù thứ Bảy 26/4/2025; Quốc khánh 30/8–02/9/2025`,
    verified: false,
  },
  {
    year: 2026,
    tet: { from: "2026-02-14", to: "2026-02-22" },
    nationalDayExtra: "2026-09-01",
    source: `${SOURCE_MOHA} năm 2026: Tết 14/02 (27 Tết) – 22/02/2026 (mùng 6), 9 ngày; Giỗ Tổ 26/4 (Chủ nhật) nghỉ bù 27/4. Ngày nghỉ liền kề 2/9 lấy 01/9 theo đề xuất, chưa đối chiếu văn bản cuối cùng`,
    verified: false,
  },
]);
