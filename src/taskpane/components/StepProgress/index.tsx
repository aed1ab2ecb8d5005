import { useMemo } from "react";
import { progressGroups } from "../../app/progressGroups";
import { useT } from "../../app/i18n";
import type { StepProps } from "../../app/stepProps";
import { ProgressChart } from "../ProgressChart";
import { StepSection } from "../StepSection";

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
      <StepSection id="step-progress" title={t("stepProgress")} intro={t("progressIntro")}>
        <p style={{ margin: 0 }}>{t("needFiles")}</p>
      </StepSection>
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
    <StepSection id="step-progress" title={t("stepProgress")} intro={t("progressIntro")}>
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
    </StepSection>
  );
}
