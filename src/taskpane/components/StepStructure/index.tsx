import { Button } from "@fluentui/react-button";
import { useState } from "react";
import type { WorkbookPlan } from "../../../shared/model";
import { errorText } from "../../app/errorText";
import { useLanguage, useT } from "../../app/i18n";
import { useServices } from "../../app/services";
import type { StepProps } from "../../app/stepProps";
import { Notice, type NoticeValue } from "../Notice";
import { StepSection } from "../StepSection";

/** Cấu trúc: write the template sheets; open the outline as sheets, edit, apply again. */
export function StepStructure({ state, update, runTask, busy, confirmReplace }: StepProps) {
  const t = useT();
  const lang = useLanguage();
  const services = useServices();
  const [notice, setNotice] = useState<NoticeValue>();
  const campaign = state.campaign;

  const write = async (plan: WorkbookPlan, done: (sheets: number) => string) => {
    const stats = await runTask((c) =>
      services.renderPlan(plan, {
        confirmReplace,
        signal: c.signal,
        onProgress: (d, n) => c.progress(d, n),
      }),
    );
    if (!stats) setNotice({ intent: "info", text: t("cancelled") });
    else if (stats.cancelled) setNotice(undefined);
    else {
      setNotice({
        intent: "success",
        text: `${done(stats.sheets)} ${t("writeDone", { sheets: stats.sheets, cells: stats.cells, syncs: stats.syncs })}`,
      });
    }
  };
  const guard = (f: () => Promise<void>) => async () => {
    setNotice(undefined);
    try {
      await f();
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };

  const createTemplate = guard(async () => {
    const core = await services.loadCore();
    await write(core.buildTemplatePlan(campaign!), (n) => t("templateDone", { sheets: n }));
  });
  const openOutline = guard(async () => {
    const core = await services.loadCore();
    const plan: WorkbookPlan = {
      sheets: core.outlineToPlanSheets(campaign!.outline),
      styles: core.PLAN_STYLES,
      names: [],
      properties: {
        title: campaign!.outline.title,
        creator: "Phụ lục",
        created: "2021-01-01T00:00:00.000Z",
      },
    };
    await write(plan, (n) => t("templateDone", { sheets: n }));
  });
  const applyOutline = guard(async () => {
    const core = await services.loadCore();
    const { sheets, items, rules } = core.OUTLINE_SHEET_NAMES;
    const grids = await services.readSheets([sheets.vi, items.vi]);
    // The rules sheet may have been deleted by the office: no rules then.
    const ruleGrids = await services.readSheets([rules.vi]).catch(() => []);
    const { outline, problems } = core.outlineFromGrids([...grids, ...ruleGrids]);
    if (!outline) {
      setNotice({
        intent: "error",
        text: t("outlineProblems", { count: problems.length }),
        details: problems.slice(0, 20).map((p) => p.message[lang]),
      });
      return;
    }
    const next = { ...campaign!, outline };
    update({ campaign: next, check: undefined, run: undefined });
    await write(core.buildTemplatePlan(next), () =>
      t("outlineApplied", { version: outline.version, sheets: outline.sheets.length }),
    );
  });

  return (
    <StepSection id="step-structure" title={t("stepStructure")} intro={t("structureIntro")}>
      <p style={{ margin: 0 }}>
        <strong>{t("campaignLabel")}:</strong>{" "}
        {campaign ? t("campaignEmbedded", { title: campaign.title }) : t("working")}
      </p>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        <Button appearance="primary" disabled={busy || !campaign} onClick={createTemplate}>
          {t("createTemplate")}
        </Button>
        <Button disabled={busy || !campaign} onClick={openOutline}>
          {t("editOutline")}
        </Button>
        <Button disabled={busy || !campaign} onClick={applyOutline}>
          {t("applyOutline")}
        </Button>
      </div>
      <Notice notice={notice} />
    </StepSection>
  );
}
