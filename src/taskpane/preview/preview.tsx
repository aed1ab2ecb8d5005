import { FluentProvider } from "@fluentui/react-provider";
import { webLightTheme } from "@fluentui/react-theme";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { LanguageContext } from "../app/i18n";
import { officeServices } from "../app/officeServices";
import { App } from "../components/App";
import { offThread } from "../worker/offThread";
import { ACTIVE_CAMPAIGN_SETTING } from "../host/activeCampaignSetting";
import { translator, type Language } from "../strings";
import { ExcelEmulation } from "./emulator/excelEmulation";
import { EmuWorkbook } from "./emulator/workbookModel";
import { GridView } from "./GridView";

/**
 * The preview: the real task pane, on the same adapter, over an emulated Excel, beside a view of
 * the emulated workbook. `?lang=en` shows the English pane; `?latency=ms` slows each sync,
 * `?fileLatency=ms` each file read.
 */
const params = new URLSearchParams(location.search);
const language: Language = params.get("lang") === "en" ? "en" : "vi";
const emulation = new ExcelEmulation(new EmuWorkbook(["Sheet1"]), {
  displayLanguage: language === "en" ? "en-US" : "vi-VN",
  latencyMs: Number(params.get("latency") ?? 30),
}).install();
(window as unknown as { phulucEmulation: ExcelEmulation }).phulucEmulation = emulation;
/**
 * A campaign kept with the emulated workbook before the pane opens (as Excel keeps it in the
 * workbook's settings), for a test to set with an init script: e.g. a registry of 1,000 units.
 */
const preset = (window as unknown as { phulucPresetCampaign?: unknown }).phulucPresetCampaign;
if (preset !== undefined) {
  emulation.workbook.settings.set(ACTIVE_CAMPAIGN_SETTING, JSON.stringify(JSON.stringify(preset)));
}

/** `?paneWidth=px` sets the pane's width (Excel's task pane is 320 px at its narrowest). */
const paneWidth = Number(params.get("paneWidth") ?? 340);
/** `?fileLatency=ms` slows reading each picked file, so a test can cancel a load midway. */
const fileLatency = Number(params.get("fileLatency") ?? 0);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const base = officeServices();
const services = officeServices({
  offThread: offThread({ fileLatencyMs: fileLatency }),
  readFile: async (file) => {
    if (fileLatency > 0) await delay(fileLatency);
    return base.readFile(file);
  },
  sampleWorkbooks: async () => {
    const [{ sampleWorkbooks }, core] = await Promise.all([
      import(/* webpackChunkName: "samples" */ "./sampleWorkbooks"),
      services.loadCore(),
    ]);
    return sampleWorkbooks(core.embeddedCampaign);
  },
});

function Preview() {
  const [lang] = useState(language);
  const t = translator(lang);
  return (
    <LanguageContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <div
          style={{ display: "flex", flexWrap: "wrap", gap: 16, padding: 8, alignItems: "start" }}
        >
          {/* The pane's own <main> stays a top-level landmark; the workbook view is complementary. */}
          <div
            data-testid="pane"
            style={{
              width: paneWidth,
              flex: `0 0 ${paneWidth}px`,
              border: "1px solid #D1D1D1",
              borderRadius: 4,
            }}
          >
            <App services={services} language={lang} />
          </div>
          <aside aria-label={t("previewTitle")} style={{ flex: "1 1 400px", minWidth: 0 }}>
            <h1 style={{ fontSize: 18, margin: "4px 0 8px" }}>{t("previewTitle")}</h1>
            <GridView workbook={emulation.workbook} stats={emulation.stats} />
          </aside>
        </div>
      </FluentProvider>
    </LanguageContext.Provider>
  );
}

createRoot(document.getElementById("root")!).render(<Preview />);
