import { z } from "zod";
import { isoDateSchema } from "../model/common";
import { serialFromIso, weekdayOfSerial } from "./serial";

/** A weekday off given in exchange for a Saturday worked (hoán đổi ngày làm việc). */
export const daySwapSchema = z
  .object({
    off: isoDateSchema,
    worked: isoDateSchema,
    occasion: z.string().min(1),
  })
  .refine((s) => weekdayOfSerial(serialFromIso(s.worked)) === 6, "ngày làm bù phải là thứ Bảy")
  .refine((s) => {
    const d = weekdayOfSerial(serialFromIso(s.off));
    return d >= 1 && d <= 5;
  }, "ngày nghỉ hoán đổi phải là ngày làm việc (thứ Hai–thứ Sáu)");
export type DaySwap = z.infer<typeof daySwapSchema>;

/**
 * What the government fixed for one year (public sector: cán bộ, công chức, viên chức, who rest
 * on Saturdays and Sundays). Compensatory days for holidays on a weekend are not listed: they
 * follow from the rule (next working day) and the tests check them against the sources.
 */
export const yearDecisionSchema = z
  .object({
    year: z.number().int(),
    /** The five statutory Tết days as the decision places them (first and last, inclusive). */
    tet: z.object({ from: isoDateSchema, to: isoDateSchema }),
    /** The day added to 2/9 from 2021 (Labour Code 2019 art. 112): 1/9 or 3/9. */
    nationalDayAdjacent: isoDateSchema.optional(),
    swaps: z.array(daySwapSchema).default([]),
    /** The decisions and notices this entry follows. */
    sources: z.array(z.string().min(1)).min(1),
    /** False where no decision could be checked and the entry is the rule's guess. */
    verified: z.boolean(),
    note: z.string().optional(),
  })
  .refine((e) => serialFromIso(e.tet.to) - serialFromIso(e.tet.from) === 4, "Tết có đúng 5 ngày")
  .refine(
    (e) =>
      e.nationalDayAdjacent === undefined ||
      (e.year >= 2021 && [`${e.year}-09-01`, `${e.year}-09-03`].includes(e.nationalDayAdjacent)),
    "ngày nghỉ liền kề Quốc khánh là 1/9 hoặc 3/9, từ năm 2021",
  )
  .refine(
    (e) => e.year < 2021 || e.nationalDayAdjacent !== undefined,
    "từ 2021 cần ngày liền kề 2/9",
  );
export type YearDecision = z.infer<typeof yearDecisionSchema>;

/**
 * The yearly decisions 2016–2027. Sources were checked against press reports of the notices
 * (Vietnamese and English editions of Nhân Dân, SGGP, VietnamNet, Vietnam News, Hànộimới,
 * lawnet.vn, vietlawonline.com); where only the days could be confirmed and not the notice's
 * number, the note says so.
 */
export const holidayTable: readonly YearDecision[] = z.array(yearDecisionSchema).parse([
  {
    year: 2016,
    tet: { from: "2016-02-07", to: "2016-02-11" },
    sources: [
      "Chính phủ, phiên họp thường kỳ tháng 10/2015 (29/10/2015): nghỉ Tết Bính Thân từ 06/02 đến hết 14/02/2016, không hoán đổi",
    ],
    verified: true,
    note: "The notice gives the break (06–14/02, 28 Chạp–mùng 7) without naming the five Tết days; 29 Chạp–mùng 4 with Sunday 07/02 compensated on 12/02 gives exactly that break. The MoLISA notice number was not found.",
  },
  {
    year: 2017,
    tet: { from: "2017-01-26", to: "2017-01-30" },
    sources: [
      "Tờ trình của Bộ LĐTBXH về nghỉ lễ, Tết 2017, được Thủ tướng đồng ý: Tết từ 26/01 đến hết 01/02/2017 (29 Chạp–mùng 5), 2 ngày cuối năm và 3 ngày đầu năm, không hoán đổi",
    ],
    verified: true,
    note: "Days confirmed from press reports of the approved plan; the notice number was not found.",
  },
  {
    year: 2018,
    tet: { from: "2018-02-14", to: "2018-02-18" },
    sources: ["Thông báo 573/TB-VPCP ngày 14/12/2017 (Tết 14–20/02/2018; 2/9 nghỉ bù 03/9)"],
    verified: true,
  },
  {
    year: 2019,
    tet: { from: "2019-02-04", to: "2019-02-08" },
    swaps: [
      { off: "2018-12-31", worked: "2019-01-05", occasion: "Tết Dương lịch 2019" },
      { off: "2019-04-29", worked: "2019-05-04", occasion: "30/4 và 1/5/2019" },
    ],
    sources: [
      "Thông báo của Bộ LĐTBXH ngày 06/8/2018 về lịch nghỉ lễ, Tết năm 2019 (Tết 02–10/02; 29/12/2018–01/01/2019; 27/4–01/5/2019)",
    ],
    verified: true,
    note: "One English report names Sunday 05/5 as the day worked for 29/4; the worked day is Saturday 04/5/2019. The notice number was not found.",
  },
  {
    year: 2020,
    tet: { from: "2020-01-23", to: "2020-01-27" },
    sources: [
      "Thông báo của Bộ LĐTBXH về nghỉ Tết Canh Tý (Tết 23–29/01/2020, 29 Chạp–mùng 5, nghỉ bù 28–29/01)",
    ],
    verified: true,
    note: "The notice number was not found.",
  },
  {
    year: 2021,
    tet: { from: "2021-02-10", to: "2021-02-14" },
    nationalDayAdjacent: "2021-09-03",
    sources: [
      "Thông báo 6150/TB-LĐTBXH ngày 23/12/2020 (Tết 10–16/02/2021; Quốc khánh 02–03/9/2021)",
    ],
    verified: true,
  },
  {
    year: 2022,
    tet: { from: "2022-01-31", to: "2022-02-04" },
    nationalDayAdjacent: "2022-09-01",
    sources: [
      "Công văn 245/VPCP-KGVX ngày 11/01/2022 (Tết 31/01–04/02/2022; Quốc khánh 01–02/9/2022)",
      "Thông báo 119/TB-LĐTBXH (2022)",
    ],
    verified: true,
  },
  {
    year: 2023,
    tet: { from: "2023-01-20", to: "2023-01-24" },
    nationalDayAdjacent: "2023-09-01",
    sources: [
      "Văn phòng Chính phủ, ý kiến Phó Thủ tướng về nghỉ Tết Quý Mão (Tết 20–26/01/2023: 5 ngày Tết và 2 ngày nghỉ bù theo khoản 3 Điều 111 BLLĐ)",
      "Thông báo của Bộ LĐTBXH, tháng 8/2023 (Quốc khánh 01–04/9/2023)",
    ],
    verified: true,
    note: "Notice numbers were not found; the days are confirmed.",
  },
  {
    year: 2024,
    tet: { from: "2024-02-08", to: "2024-02-12" },
    nationalDayAdjacent: "2024-09-03",
    swaps: [{ off: "2024-04-29", worked: "2024-05-04", occasion: "30/4 và 1/5/2024" }],
    sources: [
      "Thông báo của Bộ LĐTBXH về nghỉ Tết Giáp Thìn (Tết 08–14/02/2024; Quốc khánh 02–03/9/2024)",
      "Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi thứ Hai 29/4 với thứ Bảy 04/5/2024)",
    ],
    verified: true,
    note: "The Tết notice number was not found; the days are confirmed.",
  },
  {
    year: 2025,
    tet: { from: "2025-01-27", to: "2025-01-31" },
    nationalDayAdjacent: "2025-09-01",
    swaps: [{ off: "2025-05-02", worked: "2025-04-26", occasion: "30/4 và 1/5/2025" }],
    sources: [
      "Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Tết 27–31/01/2025, 28 Chạp–mùng 3; 30/4–04/5 hoán đổi thứ Sáu 02/5 với thứ Bảy 26/4/2025)",
      "Thông báo của Bộ Nội vụ về Quốc khánh 2025 (01–02/9/2025)",
    ],
    verified: true,
  },
  {
    year: 2026,
    tet: { from: "2026-02-16", to: "2026-02-20" },
    nationalDayAdjacent: "2026-09-01",
    swaps: [
      { off: "2026-01-02", worked: "2026-01-10", occasion: "Tết Dương lịch 2026" },
      { off: "2026-08-31", worked: "2026-08-22", occasion: "Quốc khánh 2026" },
    ],
    sources: [
      "Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết 16–20/02/2026; Quốc khánh 01–02/9, nghỉ thứ Hai 31/8, làm bù thứ Bảy 22/8/2026)",
      "Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 01–04/01/2026, hoán đổi thứ Sáu 02/01 với thứ Bảy 10/01/2026)",
    ],
    verified: true,
    note: "Ngày Văn hóa Việt Nam (24/11) was announced as a future paid holiday (Nghị quyết 80-NQ/TW, Nghị quyết 30/NQ-CP) but needs an amendment of the Labour Code; it is not in the statutory list here. Add it as an extra holiday where it applies.",
  },
  {
    year: 2027,
    tet: { from: "2027-02-05", to: "2027-02-09" },
    nationalDayAdjacent: "2027-09-03",
    sources: [
      "Quy tắc (chưa có quyết định): Tết = ngày cuối năm Bính Ngọ và 4 ngày đầu năm Đinh Mùi",
    ],
    verified: false,
    note: "No decision for 2027 could be found: Tết and the 2/9 adjacent day are the rule's guess (Friday 3/9 joins the weekend) and will need updating when the notice is published.",
  },
]);
