import type { Command } from "commander";
import { workedSaturdays } from "../../shared/calendar/daySwaps";
import { formatLunar } from "../../shared/calendar/formatLunar";
import { holidayTable } from "../../shared/calendar/holidayTable";
import { holidaysOfYear } from "../../shared/calendar/holidaysOfYear";
import { lunarFromSerial } from "../../shared/calendar/lunarFromSerial";
import { lunarNewYear } from "../../shared/calendar/lunarNewYear";
import { dmyFromSerial, isoFromSerial, serialFromIso } from "../../shared/calendar/serial";
import { weekdayName } from "../../shared/calendar/weekdayName";
import { FIRST_YEAR, LAST_YEAR } from "../../shared/calendar/workingDayIndex";
import { workingDaysInYear } from "../../shared/calendar/workingDaysInYear";
import { printJson, UsageError } from "../options";

/** Rows of cells as a plain-text table, columns padded to their widest cell. */
function textTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd(),
  );
}

/** `phuluc calendar <year> [--json]`: the year's days off, Tết and working-day count. */
export function registerCalendarCommand(program: Command): void {
  program
    .command("calendar")
    .description("Lịch nghỉ lễ, Tết và số ngày làm việc của một năm")
    .argument("<year>", `năm, ${FIRST_YEAR + 1}–${LAST_YEAR}, ví dụ 2021`)
    .option("--json", "in kết quả dạng JSON")
    .action((yearText: string, opts: { json?: boolean }) => {
      const year = Number(yearText);
      if (!/^\d{4}$/.test(yearText) || year <= FIRST_YEAR || year > LAST_YEAR)
        throw new UsageError(`Năm không hợp lệ: "${yearText}" (${FIRST_YEAR + 1}–${LAST_YEAR}).`);
      const holidays = holidaysOfYear(year);
      const workingDays = workingDaysInYear(year);
      const tet = lunarNewYear(year);
      if (opts.json) {
        printJson({
          calendar: {
            year,
            lunarNewYear: isoFromSerial(tet),
            holidays: holidays.map((h) => ({ date: h.date, name: h.name })),
            workingDays,
          },
        });
        return;
      }
      const rows = [
        ["Thứ", "Ngày", "Âm lịch", "Ngày nghỉ"],
        ...holidays.map((h) => [
          weekdayName(h.serial),
          dmyFromSerial(h.serial),
          formatLunar(lunarFromSerial(h.serial), "short"),
          h.name,
        ]),
      ];
      const lines = [
        `Lịch nghỉ lễ, Tết năm ${year} (cán bộ, công chức, viên chức; nghỉ thứ Bảy, Chủ nhật)`,
        `Tết Nguyên đán (mùng 1 tháng Giêng): ${weekdayName(tet)} ${dmyFromSerial(tet)}`,
        "",
        ...textTable(rows),
      ];
      const worked = workedSaturdays(year);
      if (worked.length) {
        lines.push("", "Ngày thứ Bảy đi làm bù:");
        for (const w of worked)
          lines.push(
            `  Thứ Bảy ${dmyFromSerial(w.serial)}, bù cho ngày ${dmyFromSerial(serialFromIso(w.inExchangeFor))}`,
          );
      }
      lines.push("", `Số ngày làm việc trong năm: ${workingDays}`);
      const decision = holidayTable.find((e) => e.year === year);
      lines.push(
        decision
          ? `Căn cứ: ${decision.sources.join("; ")}${decision.verified ? "" : " — chưa có văn bản, theo quy tắc"}`
          : "Năm không có trong bảng quyết định: tính theo quy tắc của Bộ luật Lao động (Tết = ngày cuối năm cũ và 4 ngày đầu năm mới, nghỉ bù ngày làm việc kế tiếp).",
      );
      process.stdout.write(lines.join("\n") + "\n");
    });
}
