import type { Command } from "commander";
import { holidaysOfYear, lunarNewYear } from "../../shared/calendar/holidays";
import {
  dmyFromSerial,
  isoFromSerial,
  serialFromYmd,
  weekdayOfSerial,
} from "../../shared/calendar/serial";
import { networkDays } from "../../shared/calendar/workingDays";
import { printJson, UsageError } from "../options";

export const WEEKDAY_VI = [
  "Chủ nhật",
  "Thứ Hai",
  "Thứ Ba",
  "Thứ Tư",
  "Thứ Năm",
  "Thứ Sáu",
  "Thứ Bảy",
];

/** `phuluc calendar <year>`: the year's days off, lunar new year and working-day count. */
export function registerCalendarCommand(program: Command): void {
  program
    .command("calendar")
    .description("Lịch nghỉ lễ, Tết và số ngày làm việc của một năm")
    .argument("<year>", "năm, ví dụ 2021")
    .option("--json", "in kết quả dạng JSON")
    .action((yearText: string, opts: { json?: boolean }) => {
      const year = Number(yearText);
      if (!Number.isInteger(year) || year < 1901 || year > 2199)
        throw new UsageError(`Năm không hợp lệ: "${yearText}" (1901–2199).`);
      const holidays = holidaysOfYear(year);
      const workingDays = networkDays(serialFromYmd(year, 1, 1), serialFromYmd(year, 12, 31));
      const lunar = isoFromSerial(lunarNewYear(year));
      if (opts.json) {
        printJson({
          calendar: {
            year,
            lunarNewYear: lunar,
            holidays: holidays.map((h) => ({ date: h.date, name: h.name })),
            workingDays,
          },
        });
        return;
      }
      const lines = [
        `Lịch nghỉ năm ${year} — Tết Nguyên đán (mùng 1): ${dmyFromSerial(lunarNewYear(year))}`,
        "",
      ];
      for (const h of holidays)
        lines.push(
          `  ${WEEKDAY_VI[weekdayOfSerial(h.serial)].padEnd(9)} ${dmyFromSerial(h.serial)}  ${h.name}`,
        );
      lines.push("", `Số ngày làm việc trong năm: ${workingDays}`);
      process.stdout.write(lines.join("\n") + "\n");
    });
}
