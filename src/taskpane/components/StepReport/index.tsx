import { Field } from "@fluentui/react-field";
import { Select } from "@fluentui/react-select";
import { useMemo, useState } from "react";
import { conferenceCalendar } from "../../../shared/report/conferenceCalendar";
import { draftReport } from "../../../shared/report/draftReport";
import { exemplaryUnits } from "../../../shared/report/exemplaryUnits";
import { useT } from "../../app/i18n";
import type { StepProps } from "../../app/stepProps";
import type { StringKey } from "../../strings";
import { ConferenceCalendar } from "../ConferenceCalendar";
import { DraftFigures } from "../DraftFigures";
import { ExemplaryUnits } from "../ExemplaryUnits";
import { OutlierList } from "../OutlierList";
import { StepSection } from "../StepSection";

type View = "draft" | "outliers" | "exemplary" | "calendar";
const VIEWS: Array<{ id: View; label: StringKey }> = [
  { id: "draft", label: "reportViewDraft" },
  { id: "outliers", label: "reportViewOutliers" },
  { id: "exemplary", label: "reportViewExemplary" },
  { id: "calendar", label: "reportViewCalendar" },
];

/**
 * Báo cáo: what the office needs to write the report in two days, from the last consolidation:
 * the drafted figures to copy, the unusual figures, the exemplary units and the conference
 * calendar.
 */
export function StepReport({ state }: StepProps) {
  const t = useT();
  const [view, setView] = useState<View>("draft");
  const { campaign, run, asOf } = state;
  const made = useMemo(() => {
    if (!campaign || !run) return undefined;
    return {
      draft: draftReport(campaign, run.consolidation, run.progress, asOf),
      ranking: exemplaryUnits(campaign, run.consolidation),
      calendar: conferenceCalendar(
        campaign,
        run.progress.map((p) => p.unit),
        run.reports,
        asOf,
      ),
    };
  }, [campaign, run, asOf]);
  const unitName = (code: string) => {
    const u = campaign?.units.find((x) => x.code === code);
    return u ? `${u.code} — ${u.name}` : code;
  };
  return (
    <StepSection id="step-report" title={t("stepReport")} intro={t("reportIntro")}>
      {!made || !run ? (
        <p style={{ margin: 0 }}>{t("reportNeedRun")}</p>
      ) : (
        <>
          <Field label={t("reportViewLabel")}>
            <Select value={view} onChange={(_, d) => setView(d.value as View)}>
              {VIEWS.map((v) => (
                <option key={v.id} value={v.id}>
                  {t(v.label)}
                </option>
              ))}
            </Select>
          </Field>
          {view === "draft" && <DraftFigures draft={made.draft} />}
          {view === "outliers" && <OutlierList findings={run.findings} unitName={unitName} />}
          {view === "exemplary" && <ExemplaryUnits ranking={made.ranking} />}
          {view === "calendar" && <ConferenceCalendar calendar={made.calendar} />}
        </>
      )}
    </StepSection>
  );
}
