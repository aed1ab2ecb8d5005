import { Button } from "@fluentui/react-button";
import { Field } from "@fluentui/react-field";
import { Select } from "@fluentui/react-select";
import { useMemo, useState } from "react";
import type { Finding, Severity } from "../../../shared/model";
import { errorText } from "../../app/errorText";
import { useLanguage, useT } from "../../app/i18n";
import { useServices } from "../../app/services";
import { useRunCheck } from "../../app/useRunCheck";
import type { StepProps } from "../../app/stepProps";
import { isInWorkbook } from "../../app/workbookSource";
import { Notice, type NoticeValue } from "../Notice";
import { StepSection } from "../StepSection";

type Filter = "all" | Severity;
const SEVERITY_COLOR: Record<Severity, string> = {
  error: "#C50F1F",
  warning: "#BC4B09",
  info: "#0F6CBD",
};

/** Kiểm tra: run the checks; findings grouped by unit, filtered by severity, cells selectable. */
export function StepCheck({ state, update, runTask, busy }: StepProps) {
  const t = useT();
  const lang = useLanguage();
  const services = useServices();
  const [filter, setFilter] = useState<Filter>("all");
  const [notice, setNotice] = useState<NoticeValue>();
  const findings = state.run?.findings ?? state.check?.findings;

  const runCheck = useRunCheck({ state, update, runTask });
  const check = async () => {
    setNotice(undefined);
    try {
      if (!(await runCheck())) setNotice({ intent: "info", text: t("cancelled") });
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };
  const select = async (f: Finding) => {
    try {
      await services.selectCell(f.sheet!, f.cell!);
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };

  const groups = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings ?? []) {
      if (filter !== "all" && f.severity !== filter) continue;
      const list = map.get(f.unit) ?? [];
      list.push(f);
      map.set(f.unit, list);
    }
    return [...map.entries()];
  }, [findings, filter]);
  const unitLabel = (code: string) => {
    const u = state.campaign?.units.find((x) => x.code === code);
    return u ? `${u.code} — ${u.name}` : code;
  };
  const count = (s: Severity) => (findings ?? []).filter((f) => f.severity === s).length;
  const severityText: Record<Severity, string> = {
    error: t("severityError"),
    warning: t("severityWarning"),
    info: t("severityInfo"),
  };

  return (
    <StepSection id="step-check" title={t("stepCheck")} intro={t("checkIntro")}>
      {state.loaded.length === 0 ? (
        <p style={{ margin: 0 }}>{t("needFiles")}</p>
      ) : (
        <div>
          <Button appearance="primary" disabled={busy || !state.campaign} onClick={check}>
            {t("runCheck")}
          </Button>
        </div>
      )}
      <Notice notice={notice} />
      {findings && (
        <>
          <p role="status" style={{ margin: 0 }}>
            {t("findingsSummary", {
              errors: count("error"),
              warnings: count("warning"),
              units: new Set(findings.filter((f) => f.severity !== "info").map((f) => f.unit)).size,
            })}
          </p>
          <Field label={t("severityFilter")}>
            <Select value={filter} onChange={(_, d) => setFilter(d.value as Filter)}>
              <option value="all">{`${t("severityAll")} (${findings.length})`}</option>
              <option value="error">{`${t("severityError")} (${count("error")})`}</option>
              <option value="warning">{`${t("severityWarning")} (${count("warning")})`}</option>
              <option value="info">{`${t("severityInfo")} (${count("info")})`}</option>
            </Select>
          </Field>
          {groups.length === 0 && <p style={{ margin: 0 }}>{t("noFindings")}</p>}
          {groups.map(([unit, list]) => (
            <div key={unit} style={{ display: "grid", gap: 4 }}>
              <h3 style={{ fontSize: 14, margin: "6px 0 0" }}>
                {unitLabel(unit)} <span style={{ fontWeight: 400 }}>({list.length})</span>
              </h3>
              <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 4 }}>
                {list.map((f, i) => {
                  const where =
                    f.sheet && f.cell
                      ? t("findingAt", { sheet: f.sheet, cell: f.cell })
                      : (f.sheet ?? "");
                  const body = (
                    <>
                      <span style={{ color: SEVERITY_COLOR[f.severity], fontWeight: 600 }}>
                        {severityText[f.severity]}
                      </span>{" "}
                      {where && <span style={{ fontFamily: "monospace" }}>{where}</span>}{" "}
                      {f.message[lang]}
                    </>
                  );
                  const selectable = !!(f.sheet && f.cell && isInWorkbook(f.file));
                  return (
                    <li key={`${f.code}-${i}`} data-code={f.code} style={{ fontSize: 13 }}>
                      {selectable ? (
                        <Button
                          appearance="transparent"
                          size="small"
                          style={{
                            textAlign: "left",
                            justifyContent: "start",
                            padding: 0,
                            minWidth: 0,
                            maxWidth: "100%",
                            fontWeight: 400,
                            height: "auto",
                            whiteSpace: "normal",
                          }}
                          title={t("goToCell", { sheet: f.sheet!, cell: f.cell! })}
                          onClick={() => void select(f)}
                        >
                          <span>{body}</span>
                        </Button>
                      ) : (
                        body
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </>
      )}
    </StepSection>
  );
}
