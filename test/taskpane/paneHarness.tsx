import { FluentProvider } from "@fluentui/react-provider";
import { webLightTheme } from "@fluentui/react-theme";
import { useState, type ComponentType } from "react";
import { LanguageContext } from "../../src/taskpane/app/i18n";
import { officeServices } from "../../src/taskpane/app/officeServices";
import type { PaneState } from "../../src/taskpane/app/paneState";
import { ServicesContext, type PaneServices } from "../../src/taskpane/app/services";
import type { StepProps } from "../../src/taskpane/app/stepProps";
import { useTask } from "../../src/taskpane/app/useTask";
import { useConfirmReplace } from "../../src/taskpane/components/ConfirmDialog";
import { ExcelEmulation } from "../../src/taskpane/preview/emulator/excelEmulation";
import { EmuWorkbook } from "../../src/taskpane/preview/emulator/workbookModel";
import type { Language } from "../../src/taskpane/strings";

/** Real services over a fresh emulated workbook installed as the Excel/Office globals. */
export function emulatedServices(extra: Partial<PaneServices> = {}) {
  const emulation = new ExcelEmulation(new EmuWorkbook(["Sheet1"])).install();
  return { emulation, services: officeServices(extra) };
}

/** Renders one step with the pane's state, task runner and confirm dialog, as App does. */
export function StepHarness({
  Step,
  services,
  initial,
  language = "vi",
  onState,
}: {
  Step: ComponentType<StepProps>;
  services: PaneServices;
  initial: Partial<PaneState>;
  language?: Language;
  onState?: (s: PaneState) => void;
}) {
  const [state, setState] = useState<PaneState>({
    loaded: [],
    asOf: 44330,
    excludeErrors: false,
    ...initial,
  });
  const task = useTask();
  const { confirmReplace, dialog } = useConfirmReplace();
  onState?.(state);
  return (
    <LanguageContext.Provider value={language}>
      <ServicesContext.Provider value={services}>
        <FluentProvider theme={webLightTheme}>
          <Step
            state={state}
            update={(patch) => setState((s) => ({ ...s, ...patch }))}
            runTask={task.run}
            busy={task.running}
            confirmReplace={confirmReplace}
          />
          {dialog}
        </FluentProvider>
      </ServicesContext.Provider>
    </LanguageContext.Provider>
  );
}
