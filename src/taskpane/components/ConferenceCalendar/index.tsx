import { Field } from "@fluentui/react-field";
import { Select } from "@fluentui/react-select";
import { useState } from "react";
import { dmyFromSerial } from "../../../shared/calendar/serial";
import { weekdayName } from "../../../shared/calendar/weekdayName";
import type {
  ConferenceCalendar as Calendar,
  ConferenceEntry,
} from "../../../shared/report/conferenceCalendar";
import { useLanguage, useT } from "../../app/i18n";

/**
 * Lịch hội nghị: the units' conferences by week or by supervising comrade, units without a date
 * first, each marked held or upcoming (and after the deadline when it is).
 */
export function ConferenceCalendar({ calendar }: { calendar: Calendar }) {
  const t = useT();
  const lang = useLanguage();
  const [by, setBy] = useState<"week" | "supervisor">("week");
  const entry = (e: ConferenceEntry, withSupervisor: boolean) => (
    <li key={e.unit.code} data-unit={e.unit.code} style={{ fontSize: 13 }}>
      {e.date !== undefined && (
        <span
          style={{ fontFamily: "monospace" }}
        >{`${weekdayName(e.date, lang)} ${dmyFromSerial(e.date)} `}</span>
      )}
      <strong>{e.unit.name}</strong>
      {e.date === undefined
        ? e.notReceived && ` (${t("calendarNotReceived")})`
        : ` — ${t(e.status === "held" ? "calendarHeld" : "calendarUpcoming")}${e.onTime === false ? `, ${t("calendarLate")}` : ""}`}
      {withSupervisor && <div style={{ color: "#616161", fontSize: 12 }}>{e.unit.supervisor}</div>}
    </li>
  );
  const list = (entries: ConferenceEntry[], withSupervisor: boolean) => (
    <ul style={{ margin: 0, paddingLeft: 18, display: "grid", gap: 4 }}>
      {entries.map((e) => entry(e, withSupervisor))}
    </ul>
  );
  return (
    <div style={{ display: "grid", gap: 8 }}>
      <Field label={t("calendarGroupBy")}>
        <Select value={by} onChange={(_, d) => setBy(d.value as "week" | "supervisor")}>
          <option value="week">{t("calendarByWeek")}</option>
          <option value="supervisor">{t("calendarBySupervisor")}</option>
        </Select>
      </Field>
      {by === "week" ? (
        <>
          {calendar.noDate.length > 0 && (
            <section data-group="noDate">
              <h3 style={{ fontSize: 14, margin: "0 0 4px" }}>
                {t("calendarNoDate", { count: calendar.noDate.length })}
              </h3>
              {list(calendar.noDate, true)}
            </section>
          )}
          {calendar.weeks.map((w) => (
            <section key={w.monday} data-group="week">
              <h3 style={{ fontSize: 14, margin: "0 0 4px" }}>
                {t("calendarWeek", {
                  from: dmyFromSerial(w.monday),
                  to: dmyFromSerial(w.monday + 6),
                })}
              </h3>
              {list(w.entries, true)}
            </section>
          ))}
        </>
      ) : (
        calendar.bySupervisor.map((s) => (
          <section key={s.supervisor} data-group="supervisor">
            <h3 style={{ fontSize: 14, margin: "0 0 4px" }}>{s.supervisor}</h3>
            {list(s.entries, false)}
          </section>
        ))
      )}
    </div>
  );
}
