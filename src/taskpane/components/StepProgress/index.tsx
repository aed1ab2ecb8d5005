import { useMemo } from "react";
import { progressGroups } from "../../app/progressGroups";
import { useT } from "../../app/i18n";
import type { StepProps } from "../../app/stepProps";
import { ProgressChart } from "../ProgressChart";

/** Tiến độ: progress by level and by supervisor, late and missing units. */
export function StepProgress({ state }: Pick<StepProps, "state">) {
  const t = useT();
  const rows = state.run?.progress ?? state.check?.progress;
  const levelName = useMemo(
    () => new Map((state.campaign?.levels ?? []).map((l) => [l.code, l.name])),
    [state.campaign],
  );
  if (!rows) {
    return (
      <section
        aria-labelledby="step-progress-title"
        style={{ display: "grid", gap: 10, gridTemplateColumns: "minmax(0, 1fr)" }}
      >
        <h2 id="step-progress-title" style={{ fontSize: 16, margin: 0 }}>
          {t("stepProgress")}
        </h2>
        <p style={{ margin: 0 }}>{t("progressIntro")}</p>
        <p style={{ margin: 0 }}>{t("needFiles")}</p>
      </section>
    );
  }
  const late = rows.filter((r) => r.file !== undefined && r.status.kind === "late");
  const missing = rows.filter((r) => r.file === undefined);
  const received = rows.length - missing.length;
  const unitList = (list: typeof rows) =>
    list.length === 0 ? (
      <p style={{ margin: 0 }}>{t("noneListed")}</p>
    ) : (
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {list.map((r) => (
          <li key={r.unit.code}>
            {r.unit.code} — {r.unit.name}: {r.statusText}
          </li>
        ))}
      </ul>
    );
  return (
    <section
      aria-labelledby="step-progress-title"
      style={{ display: "grid", gap: 10, gridTemplateColumns: "minmax(0, 1fr)" }}
    >
      <h2 id="step-progress-title" style={{ fontSize: 16, margin: 0 }}>
        {t("stepProgress")}
      </h2>
      <p style={{ margin: 0 }}>{t("progressIntro")}</p>
      <p role="status" style={{ margin: 0 }}>
        {t("summaryLine", {
          received,
          expected: rows.length,
          onTime: rows.filter((r) => r.file !== undefined && r.status.kind === "onTime").length,
          late: late.length,
          missing: missing.length,
        })}
      </p>
      <ProgressChart
        title={t("byLevel")}
        groups={progressGroups(
          rows,
          (r) => r.unit.level,
          (k) => levelName.get(k) ?? k,
        )}
      />
      <ProgressChart
        title={t("bySupervisor")}
        groups={progressGroups(rows, (r) => r.unit.supervisor)}
      />
      <h3 style={{ fontSize: 14, margin: 0 }}>{t("lateUnits")}</h3>
      {unitList(late)}
      <h3 style={{ fontSize: 14, margin: 0 }}>{t("missingUnits")}</h3>
      {unitList(missing)}
    </section>
  );
}
