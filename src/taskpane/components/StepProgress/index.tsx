import { Button } from "@fluentui/react-button";
import { useEffect, useMemo, useRef, useState } from "react";
import { expectedUnits } from "../../../shared/validate/expectedUnits";
import { errorText } from "../../app/errorText";
import { useLanguage, useT } from "../../app/i18n";
import { loadCounts } from "../../app/loadStatus";
import { progressGroups } from "../../app/progressGroups";
import { statusText } from "../../app/statusText";
import type { StepProps } from "../../app/stepProps";
import { useRunCheck } from "../../app/useRunCheck";
import { Notice } from "../Notice";
import { ProgressChart } from "../ProgressChart";
import { StepSection } from "../StepSection";

/**
 * Tiến độ: progress of the expected units by level and by supervisor, late and missing units.
 * Files loaded but not yet checked are checked here and now; files whose unit is unknown are
 * counted apart, never as an expected unit.
 */
export function StepProgress({
  state,
  update,
  runTask,
  busy,
  goTo,
}: Pick<StepProps, "state" | "update" | "runTask" | "busy" | "goTo">) {
  const t = useT();
  const lang = useLanguage();
  const runCheck = useRunCheck({ state, update, runTask });
  const result = state.run ?? state.check;
  const checkedFor = useRef<unknown>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (result || busy || !state.campaign || state.loaded.length === 0) return;
    if (checkedFor.current === state.loaded) return;
    checkedFor.current = state.loaded;
    runCheck().catch((err) => setError(errorText(err, t, lang)));
  }, [result, busy, state.campaign, state.loaded, runCheck]);

  const levelName = useMemo(
    () => new Map((state.campaign?.levels ?? []).map((l) => [l.code, l.name])),
    [state.campaign],
  );
  const expected = useMemo(() => {
    const codes = new Set(state.campaign ? expectedUnits(state.campaign).map((u) => u.code) : []);
    return (result?.progress ?? []).filter((r) => codes.has(r.unit.code));
  }, [result, state.campaign]);
  const unidentified = loadCounts(state.loaded, state.campaign).unidentified;

  if (!result) {
    return (
      <StepSection id="step-progress" title={t("stepProgress")} intro={t("progressIntro")}>
        {state.loaded.length === 0 ? (
          <>
            <p style={{ margin: 0 }}>{t("needFiles")}</p>
            {goTo && (
              <div>
                <Button onClick={() => goTo("load")}>{t("goToLoad")}</Button>
              </div>
            )}
          </>
        ) : (
          <p role="status" style={{ margin: 0 }}>
            {t("working")}
          </p>
        )}
        {error && <Notice notice={{ intent: "error", text: error }} />}
      </StepSection>
    );
  }
  const rows = expected;
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
            {r.unit.code} — {r.unit.name}: {statusText(r, lang, t)}
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
      {unidentified > 0 && (
        <Notice
          notice={{ intent: "warning", text: t("progressUnmatched", { count: unidentified }) }}
        >
          {goTo && (
            <div style={{ marginTop: 4 }}>
              <Button size="small" onClick={() => goTo("load")}>
                {t("goToLoad")}
              </Button>
            </div>
          )}
        </Notice>
      )}
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
