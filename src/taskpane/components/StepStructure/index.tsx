import { Button } from "@fluentui/react-button";
import { useState } from "react";
import type { Campaign, WorkbookPlan } from "../../../shared/model";
import { errorText } from "../../app/errorText";
import { useLanguage, useT } from "../../app/i18n";
import { useServices } from "../../app/services";
import type { StepProps } from "../../app/stepProps";
import { Notice, type NoticeValue } from "../Notice";
import { StepSection } from "../StepSection";

const TEMPLATE_FILE = "mau-phu-luc.xlsx";

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
    else if (stats.cancelled) setNotice({ intent: "info", text: t("cancelled") });
    else setNotice({ intent: "success", text: done(stats.sheets) });
  };
  /** The template as a workbook of its own, never written over this one's sheets. */
  const exportTemplate = async (c: Campaign, open: boolean, before = "") => {
    const core = await services.loadCore();
    const plan = core.buildTemplatePlan(c);
    const sheets = plan.sheets.filter((s) => s.state === "visible").length;
    const file = TEMPLATE_FILE;
    const how = await runTask(() => services.exportPlan(plan, file, open));
    if (!how) return setNotice({ intent: "info", text: t("cancelled") });
    const text =
      how === "opened"
        ? t("templateDone", { sheets })
        : `${open ? `${t("newWorkbookUnavailable")} ` : ""}${t("templateDownloaded", { file, sheets })}`;
    setNotice({ intent: "success", text: `${before}${text}` });
  };
  const guard = (f: () => Promise<void>) => async () => {
    setNotice(undefined);
    try {
      await f();
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };

  const createTemplate = guard(() => exportTemplate(campaign!, true));
  const downloadTemplate = guard(() => exportTemplate(campaign!, false));
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
    await write(plan, () => t("outlineOpened", { sheets: plan.sheets.length }));
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
    await exportTemplate(
      next,
      true,
      `${t("outlineApplied", { version: outline.version, sheets: outline.sheets.length })} `,
    );
  });

  return (
    <StepSection id="step-structure" title={t("stepStructure")} intro={t("structureIntro")}>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        <Button appearance="primary" disabled={busy || !campaign} onClick={createTemplate}>
          {t("createTemplate")}
        </Button>
        <Button disabled={busy || !campaign} onClick={downloadTemplate}>
          {t("downloadTemplate")}
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
