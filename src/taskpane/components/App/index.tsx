import { FluentProvider } from "@fluentui/react-provider";
import { Tab, TabList } from "@fluentui/react-tabs";
import { webLightTheme } from "@fluentui/react-theme";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { dmyFromSerial } from "../../../shared/calendar/serial";
import { defaultAsOf } from "../../../shared/deadline/defaultAsOf";
import { setActiveCampaign } from "../../../functions/activeCampaignStore";
import { errorText } from "../../app/errorText";
import { LanguageContext } from "../../app/i18n";
import type { PaneState } from "../../app/paneState";
import { ServicesContext, type PaneServices } from "../../app/services";
import type { StepProps } from "../../app/stepProps";
import { todaySerial } from "../../../shared/calendar/todaySerial";
import { useTask } from "../../app/useTask";
import { missingFeatures, type Feature } from "../../host/requirements";
import { translator, type Language, type StringKey } from "../../strings";
import { AsOfField } from "../AsOfField";
import { useConfirmReplace } from "../ConfirmDialog";
import { Notice } from "../Notice";
import { SelfTest } from "../SelfTest";
import { StepLoad } from "../StepLoad";
import { StepStructure } from "../StepStructure";
import { TaskProgress } from "../TaskProgress";
import { useNarrowPane } from "../../app/useNarrowPane";

// The later steps are loaded when first opened, keeping the first bundle small.
const StepCheck = lazy(() =>
  import(/* webpackChunkName: "step-check" */ "../StepCheck").then((m) => ({
    default: m.StepCheck,
  })),
);
const StepConsolidate = lazy(() =>
  import(/* webpackChunkName: "step-consolidate" */ "../StepConsolidate").then((m) => ({
    default: m.StepConsolidate,
  })),
);
const StepReport = lazy(() =>
  import(/* webpackChunkName: "step-report" */ "../StepReport").then((m) => ({
    default: m.StepReport,
  })),
);
const StepProgress = lazy(() =>
  import(/* webpackChunkName: "step-progress" */ "../StepProgress").then((m) => ({
    default: m.StepProgress,
  })),
);

export type StepId = "structure" | "load" | "check" | "consolidate" | "progress" | "report";
const STEPS: Array<{ id: StepId; label: StringKey }> = [
  { id: "structure", label: "stepStructure" },
  { id: "load", label: "stepLoad" },
  { id: "check", label: "stepCheck" },
  { id: "consolidate", label: "stepConsolidate" },
  { id: "progress", label: "stepProgress" },
  { id: "report", label: "stepReport" },
];
const FEATURE_TEXT: Record<Feature, StringKey> = {
  core: "featureCore",
  suspendCalculation: "featureSuspendCalculation",
  freezePanes: "featureFreezePanes",
  tabColor: "featureTabColor",
  dataValidation: "featureDataValidation",
  rangeAreas: "featureRangeAreas",
  suspendScreenUpdating: "featureSuspendScreenUpdating",
  mergedAreas: "featureMergedAreas",
  copySheets: "featureCopySheets",
  pageLayout: "featurePageLayout",
};

export interface AppProps {
  services: PaneServices;
  language: Language;
  initialStep?: StepId;
}

/** The task pane: five steps over one shared state, one long step at a time. */
export function App({ services, language, initialStep = "structure" }: AppProps) {
  const t = translator(language);
  const [step, setStep] = useState<StepId>(initialStep);
  const [state, setState] = useState<PaneState>({
    loaded: [],
    asOf: todaySerial(),
    excludeErrors: false,
  });
  /** Set when the as-of date was moved back to a finished campaign's end. */
  const [campaignEnded, setCampaignEnded] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const task = useTask();
  const { confirmReplace, dialog } = useConfirmReplace();
  const update = useCallback(
    (patch: Partial<PaneState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );

  useEffect(() => {
    Promise.all([services.loadCore(), services.readStoredCampaign?.().catch(() => undefined)])
      .then(([core, stored]) => {
        // The campaign kept with the workbook, else the embedded one.
        const kept = stored === undefined ? undefined : core.campaignSchema.safeParse(stored);
        const campaign = kept?.success ? kept.data : core.embeddedCampaign;
        const today = todaySerial();
        const asOf = defaultAsOf(campaign, today);
        setCampaignEnded(asOf !== today);
        update({ campaign, asOf });
      })
      .catch((err) => setLoadError(errorText(err, t, language)));
  }, [services]);

  // The PHULUC functions (same JS context) resolve level codes against the pane's campaign, which
  // is kept with the workbook; their cells are recalculated when it changes.
  useEffect(() => {
    if (!state.campaign || !services.keepActiveCampaign) setActiveCampaign(state.campaign);
    else services.keepActiveCampaign(state.campaign).catch(() => undefined);
  }, [state.campaign]);

  const nav = useRef<HTMLElement>(null);
  const narrow = useNarrowPane(nav);
  const missing = missingFeatures(services.features);
  const props: StepProps = {
    state,
    update,
    runTask: task.run,
    busy: task.running,
    confirmReplace,
    goTo: setStep,
  };
  return (
    <LanguageContext.Provider value={language}>
      <ServicesContext.Provider value={services}>
        <FluentProvider
          theme={webLightTheme}
          lang={language}
          style={{ minHeight: "100%", background: "transparent" }}
        >
          <main
            style={{
              padding: 12,
              display: "grid",
              gap: 10,
              gridTemplateColumns: "minmax(0, 1fr)",
              maxWidth: 640,
              fontSize: 14,
              overflowWrap: "anywhere",
            }}
          >
            <header>
              <h1 style={{ fontSize: 20, margin: 0 }}>{t("appTitle")}</h1>
              {state.campaign && (
                <p style={{ margin: "2px 0 0", color: "#616161", fontSize: 12 }}>
                  {t("appSubtitle", { campaign: state.campaign.title })}
                </p>
              )}
              <AsOfField
                asOf={state.asOf}
                disabled={task.running}
                onChange={(asOf) => {
                  setCampaignEnded(false);
                  update({ asOf, check: undefined, run: undefined });
                }}
              />
              {campaignEnded && (
                <p style={{ margin: "2px 0 0", fontSize: 12 }}>
                  {t("asOfCampaignEnd", { date: dmyFromSerial(state.asOf) })}
                </p>
              )}
            </header>
            {missing.length > 0 && (
              <Notice
                notice={{
                  intent: missing.includes("core") ? "error" : "warning",
                  title: t("unavailableTitle"),
                  text: missing.includes("core")
                    ? t("noExcelApi")
                    : t("unavailableFeature", {
                        features: missing.map((f) => t(FEATURE_TEXT[f])).join(", "),
                      }),
                }}
              />
            )}
            {loadError && <Notice notice={{ intent: "error", text: loadError }} />}
            <nav ref={nav} aria-label={t("stepsLabel")}>
              {/* One row even at 320 px: numbered steps in reading order; a narrow pane shows the
                  open step's name and the others' numbers (each tab's name stays whole). */}
              <TabList
                selectedValue={step}
                onTabSelect={(_, d) => setStep(d.value as StepId)}
                size="small"
                style={{ flexWrap: "nowrap", overflowX: "auto" }}
              >
                {STEPS.map((s, i) => {
                  const name = `${i + 1}. ${t(s.label)}`;
                  return (
                    <Tab
                      key={s.id}
                      value={s.id}
                      aria-label={name}
                      title={name}
                      style={{ padding: "4px 3px", minWidth: 0, whiteSpace: "nowrap" }}
                    >
                      <span style={{ fontSize: 12.5 }}>
                        {narrow && s.id !== step ? String(i + 1) : name}
                      </span>
                    </Tab>
                  );
                })}
              </TabList>
            </nav>
            <TaskProgress progress={task.progress} onCancel={task.cancel} />
            <Suspense fallback={<p role="status">{t("working")}</p>}>
              {step === "structure" && <StepStructure {...props} />}
              {step === "load" && <StepLoad {...props} />}
              {step === "check" && <StepCheck {...props} />}
              {step === "consolidate" && <StepConsolidate {...props} />}
              {step === "progress" && <StepProgress {...props} />}
              {step === "report" && <StepReport {...props} />}
            </Suspense>
            {dialog}
            <SelfTest />
          </main>
        </FluentProvider>
      </ServicesContext.Provider>
    </LanguageContext.Provider>
  );
}
