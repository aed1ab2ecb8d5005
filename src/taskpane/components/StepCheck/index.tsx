import { Button } from "@fluentui/react-button";
import { Field } from "@fluentui/react-field";
import { Select } from "@fluentui/react-select";
import { useMemo, useState } from "react";
import {
  feedbackFileName,
  feedbackUnits,
  type FeedbackUnit,
} from "../../../shared/feedback/feedbackUnits";
import type { Finding, Severity } from "../../../shared/model";
import { errorText } from "../../app/errorText";
import { useLanguage, useT } from "../../app/i18n";
import { foldText } from "../../app/loadStatus";
import { coreFileName, type LoadedWorkbook } from "../../app/paneState";
import { useServices } from "../../app/services";
import { useRunCheck } from "../../app/useRunCheck";
import type { StepProps } from "../../app/stepProps";
import { isInWorkbook } from "../../app/workbookSource";
import { LoadedCellContext } from "../CellContext";
import { Notice, type NoticeValue } from "../Notice";
import { SearchField } from "../SearchField";
import { ShowMore, useShown } from "../ShowMore";
import { StepSection } from "../StepSection";

type Filter = "all" | Severity;
const FEEDBACK_ZIP = "phan-hoi-don-vi.zip";
const FINDING_BUTTON = {
  textAlign: "left",
  justifyContent: "start",
  padding: 0,
  minWidth: 0,
  maxWidth: "100%",
  fontWeight: 400,
  height: "auto",
  whiteSpace: "normal",
} as const;
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
  const [search, setSearch] = useState("");
  const { shown, more: showMore, reset: showFirstPage } = useShown();
  const [context, setContext] = useState<string>();
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

  const names = useMemo(
    () => new Map((state.campaign?.units ?? []).map((u) => [u.code, u.name])),
    [state.campaign],
  );
  const groups = useMemo(() => {
    const map = new Map<string, Finding[]>();
    const q = foldText(search.trim());
    for (const f of findings ?? []) {
      if (filter !== "all" && f.severity !== filter) continue;
      if (q && !foldText(`${f.unit} ${names.get(f.unit) ?? ""} ${f.file ?? ""}`).includes(q))
        continue;
      const list = map.get(f.unit) ?? [];
      list.push(f);
      map.set(f.unit, list);
    }
    return [...map.entries()];
  }, [findings, filter, search, names]);
  // The files as the core saw them, so a finding's cell can be shown from its file.
  const books = useMemo(() => {
    const map = new Map<string, LoadedWorkbook>();
    for (const l of state.loaded)
      if (!l.error && (l.workbook || l.ref)) map.set(coreFileName(l), l);
    return map;
  }, [state.loaded]);
  const feedback = useMemo(
    () => (findings && state.campaign ? feedbackUnits(findings, state.campaign) : []),
    [findings, state.campaign],
  );
  const feedbackPlan = async (unit: FeedbackUnit) => {
    const core = await services.loadCore();
    return core.buildFeedbackPlan({ campaign: state.campaign!, feedback: unit, asOf: state.asOf });
  };
  const sendOne = async (unit: FeedbackUnit) => {
    setNotice(undefined);
    try {
      const file = feedbackFileName(unit.unit);
      const how = await services.exportPlan(await feedbackPlan(unit), file, true);
      setNotice({
        intent: "success",
        text:
          how === "opened"
            ? t("feedbackOpened", { unit: unit.unit })
            : t("feedbackDownloaded", { file }),
      });
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };
  const sendAll = async () => {
    setNotice(undefined);
    try {
      const files = [];
      for (const unit of feedback)
        files.push({ plan: await feedbackPlan(unit), fileName: feedbackFileName(unit.unit) });
      await services.downloadPlans(files, FEEDBACK_ZIP);
      setNotice({ intent: "success", text: t("feedbackDownloaded", { file: FEEDBACK_ZIP }) });
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };
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
          <SearchField
            label={t("searchFindings")}
            value={search}
            onSearch={(text) => {
              setSearch(text);
              showFirstPage();
            }}
          />
          <section
            aria-labelledby="feedback-title"
            style={{ display: "grid", gap: 6, borderTop: "1px solid #E0E0E0", paddingTop: 6 }}
          >
            <h3 id="feedback-title" style={{ fontSize: 14, margin: 0 }}>
              {t("feedbackTitle")}
            </h3>
            <p style={{ margin: 0, fontSize: 13 }}>{t("feedbackIntro")}</p>
            {feedback.length === 0 ? (
              <p style={{ margin: 0 }}>{t("feedbackNone")}</p>
            ) : (
              <div>
                <Button disabled={busy} onClick={() => void sendAll()}>
                  {t("feedbackAll", { count: feedback.length })}
                </Button>
              </div>
            )}
          </section>
          {groups.length === 0 && <p style={{ margin: 0 }}>{t("noFindings")}</p>}
          {groups.slice(0, shown).map(([unit, list]) => (
            <div key={unit} style={{ display: "grid", gap: 4 }}>
              <h3 style={{ fontSize: 14, margin: "6px 0 0" }}>
                {unitLabel(unit)} <span style={{ fontWeight: 400 }}>({list.length})</span>
              </h3>
              {feedback.some((u) => u.unit === unit) && (
                <div>
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => void sendOne(feedback.find((u) => u.unit === unit)!)}
                  >
                    {t("feedbackOne", { unit })}
                  </Button>
                </div>
              )}
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
                  const book = f.file && f.sheet && f.cell ? books.get(f.file) : undefined;
                  const key = `${unit}-${i}`;
                  return (
                    <li key={`${f.code}-${i}`} data-code={f.code} style={{ fontSize: 13 }}>
                      {selectable ? (
                        <Button
                          appearance="transparent"
                          size="small"
                          style={FINDING_BUTTON}
                          title={t("goToCell", { sheet: f.sheet!, cell: f.cell! })}
                          onClick={() => void select(f)}
                        >
                          <span>{body}</span>
                        </Button>
                      ) : book ? (
                        <>
                          <Button
                            appearance="transparent"
                            size="small"
                            style={FINDING_BUTTON}
                            aria-expanded={context === key}
                            title={t("showCell", { cell: f.cell! })}
                            onClick={() => setContext(context === key ? undefined : key)}
                          >
                            <span>{body}</span>
                          </Button>
                          {context === key && (
                            <LoadedCellContext
                              loaded={book}
                              sheet={f.sheet!}
                              cell={f.cell!}
                              onClose={() => setContext(undefined)}
                            />
                          )}
                        </>
                      ) : (
                        body
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          <ShowMore shown={shown} total={groups.length} onMore={showMore} />
        </>
      )}
    </StepSection>
  );
}
