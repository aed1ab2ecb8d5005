import { Button } from "@fluentui/react-button";
import { Checkbox } from "@fluentui/react-checkbox";
import { useState } from "react";
import { errorText } from "../../app/errorText";
import { useLanguage, useT } from "../../app/i18n";
import { checkInputOf, checkJobOf } from "../../app/paneState";
import { useServices } from "../../app/services";
import type { StepProps } from "../../app/stepProps";
import type { TaskControls } from "../../app/useTask";
import { Notice, type NoticeValue } from "../Notice";
import { StepSection } from "../StepSection";

/** Tổng hợp: consolidate and write the appendix into the add-in's own sheets. */
export function StepConsolidate({ state, update, runTask, busy, confirmReplace }: StepProps) {
  const t = useT();
  const lang = useLanguage();
  const services = useServices();
  const [notice, setNotice] = useState<NoticeValue>();

  /** Read, checked, consolidated and the plan built: in the worker where there is one. */
  const consolidateIn = async (c: TaskControls) => {
    if (services.offThread) {
      return services.offThread.consolidate(
        state.campaign!,
        { ...checkJobOf(state.loaded, state.asOf), excludeUnitsWithErrors: state.excludeErrors },
        {
          signal: c.signal,
          progress: (done, total) => c.progress(done, total, t("runConsolidate")),
        },
      );
    }
    const core = await services.loadCore();
    await c.yieldToUi();
    return core.runConsolidation({
      campaign: state.campaign!,
      ...checkInputOf(state.loaded),
      asOf: state.asOf,
      excludeUnitsWithErrors: state.excludeErrors,
    });
  };

  const consolidate = async () => {
    setNotice(undefined);
    try {
      const result = await runTask(async (c) => {
        c.progress(0, 0, t("runConsolidate"));
        const run = await consolidateIn(c);
        if (c.signal.aborted) return undefined;
        const stats = await services.renderPlan(run.plan, {
          confirmReplace,
          signal: c.signal,
          onProgress: (d, n) => c.progress(d, n, t("runConsolidate")),
        });
        return { run, stats };
      });
      if (!result) return setNotice({ intent: "info", text: t("cancelled") });
      update({ run: result.run });
      if (result.stats.cancelled) return;
      const s = result.run.summary;
      setNotice({
        intent: "success",
        text: `${t("consolidateDone", { included: s.included, excluded: s.excluded })} ${t(
          "writeDone",
          {
            sheets: result.stats.sheets,
            cells: result.stats.cells,
          },
        )}`,
      });
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };

  return (
    <StepSection id="step-consolidate" title={t("stepConsolidate")} intro={t("consolidateIntro")}>
      {state.loaded.length === 0 && <p style={{ margin: 0 }}>{t("needFiles")}</p>}
      <Checkbox
        checked={state.excludeErrors}
        onChange={(_, d) => update({ excludeErrors: !!d.checked, run: undefined })}
        label={t("excludeErrors")}
      />
      <div>
        <Button
          appearance="primary"
          disabled={busy || !state.campaign || state.loaded.length === 0}
          onClick={consolidate}
        >
          {t("runConsolidate")}
        </Button>
      </div>
      <Notice notice={notice} />
    </StepSection>
  );
}
