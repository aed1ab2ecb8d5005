import { Button } from "@fluentui/react-button";
import { Select } from "@fluentui/react-select";
import { useRef, useState, type DragEvent } from "react";
import { WORKBOOK_EXTENSIONS } from "../../../io/fileExtensions";
import type { Campaign, SourceWorkbook } from "../../../shared/model";
import { errorText } from "../../app/errorText";
import { useLanguage, useT } from "../../app/i18n";
import type { LoadedWorkbook } from "../../app/paneState";
import { useServices } from "../../app/services";
import type { StepProps } from "../../app/stepProps";
import type { TaskControls } from "../../app/useTask";
import { WORKBOOK_FILE_NAME } from "../../app/workbookSource";
import { Notice, type NoticeValue } from "../Notice";
import { StepSection } from "../StepSection";

const ACCEPT = WORKBOOK_EXTENSIONS.join(",");
let nextId = 1;

/** Nạp đơn vị: pick, drop, use the open workbook or the samples; every file matched to a unit. */
export function StepLoad({ state, update, runTask, busy }: StepProps) {
  const t = useT();
  const lang = useLanguage();
  const services = useServices();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<NoticeValue>();
  const [dragging, setDragging] = useState(false);
  const campaign = state.campaign;

  const add = async (
    items: Array<{
      name: string;
      source: LoadedWorkbook["source"];
      read: () => Promise<SourceWorkbook>;
    }>,
    c: TaskControls,
  ) => {
    const core = await services.loadCore();
    const out: LoadedWorkbook[] = [];
    for (let i = 0; i < items.length; i++) {
      if (c.signal.aborted) break;
      c.progress(i, items.length, t("fileReading", { name: items[i].name }));
      const entry: LoadedWorkbook = {
        id: String(nextId++),
        fileName: items[i].name,
        source: items[i].source,
      };
      try {
        entry.workbook = await items[i].read();
        entry.fileName = entry.workbook.fileName;
        entry.unitCode = core.readUnitReport(entry.workbook, campaign!).report.unitCode;
      } catch (err) {
        const e = err as { message?: string; messageEn?: string };
        entry.error = { vi: e.message ?? String(err), en: e.messageEn ?? e.message ?? String(err) };
      }
      out.push(entry);

      await c.yieldToUi();
    }
    return out;
  };
  const load = async (work: (c: TaskControls) => Promise<LoadedWorkbook[]>) => {
    setNotice(undefined);
    try {
      const added = await runTask(work);
      if (!added) return setNotice({ intent: "info", text: t("cancelled") });
      const loaded = [...state.loaded, ...added];
      update({ loaded, check: undefined, run: undefined });
      setNotice({ intent: "success", text: t("filesLoaded", { count: added.length }) });
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };
  const loadFiles = (files: File[]) =>
    load((c) =>
      add(
        files.map((f) => ({ name: f.name, source: "file", read: () => services.readFile(f) })),
        c,
      ),
    );
  const loadWorkbook = () =>
    load(async (c) => {
      const grids = await services.readSheets(undefined, { signal: c.signal });
      return add(
        [
          {
            name: WORKBOOK_FILE_NAME,
            source: "workbook",
            read: async () => ({ fileName: WORKBOOK_FILE_NAME, sheets: grids }),
          },
        ],
        c,
      );
    });
  const loadSamples = () =>
    load(async (c) => {
      const books = await services.sampleWorkbooks!();
      return add(
        books.map((b) => ({ name: b.fileName, source: "sample", read: async () => b })),
        c,
      );
    });
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!busy && campaign) void loadFiles([...e.dataTransfer.files]);
  };
  const setAssigned = (id: string, code: string) =>
    update({
      loaded: state.loaded.map((l) => (l.id === id ? { ...l, assigned: code || undefined } : l)),
      check: undefined,
      run: undefined,
    });
  const remove = (id: string) =>
    update({ loaded: state.loaded.filter((l) => l.id !== id), check: undefined, run: undefined });
  const unitName = (code: string) => {
    const u = campaign?.units.find((x) => x.code === code);
    return u ? `${u.code} — ${u.name}` : code;
  };
  const disabled = busy || !campaign;

  return (
    <StepSection id="step-load" title={t("stepLoad")} intro={t("loadIntro")}>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
        style={{
          border: `2px dashed ${dragging ? "#0F6CBD" : "#8A8886"}`,
          borderRadius: 6,
          padding: 12,
          display: "grid",
          gap: 8,
          justifyItems: "start",
        }}
      >
        <span>{t("dropHere")}</span>
        <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
          {t("pickFiles")}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label={t("pickFiles")}
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            if (files.length) void loadFiles(files);
          }}
        />
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        <Button disabled={disabled} onClick={loadWorkbook}>
          {t("useWorkbook")}
        </Button>
        {services.sampleWorkbooks && (
          <Button disabled={disabled} onClick={loadSamples}>
            {t("useSamples")}
          </Button>
        )}
        {state.loaded.length > 0 && (
          <Button
            disabled={busy}
            onClick={() => update({ loaded: [], check: undefined, run: undefined })}
          >
            {t("clearFiles")}
          </Button>
        )}
      </div>
      <Notice notice={notice} />
      {state.loaded.length === 0 ? (
        <p style={{ margin: 0, color: "#616161" }}>{t("noFiles")}</p>
      ) : (
        <ul
          aria-label={t("stepLoad")}
          style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 6 }}
        >
          {state.loaded.map((l) => (
            <li
              key={l.id}
              style={{
                borderBottom: "1px solid #E0E0E0",
                paddingBottom: 6,
                display: "grid",
                gap: 4,
                gridTemplateColumns: "minmax(0, 1fr)",
              }}
            >
              <div
                style={{
                  display: "flex",
                  justifyContent: "space-between",
                  gap: 8,
                  alignItems: "start",
                }}
              >
                <span style={{ wordBreak: "break-all", fontWeight: 600 }}>{l.fileName}</span>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={busy}
                  aria-label={t("removeFile", { file: l.fileName })}
                  onClick={() => remove(l.id)}
                >
                  ✕
                </Button>
              </div>
              {l.error ? (
                <span style={{ color: "#C50F1F" }}>
                  {t("fileUnreadable", { message: l.error[lang] })}
                </span>
              ) : l.unitCode && isKnown(l.unitCode, campaign) ? (
                <span>{t("fileMatched", { unit: unitName(l.unitCode) })}</span>
              ) : l.unitCode ? (
                <span style={{ color: "#BC4B09" }}>
                  {t("fileUnknownCode", { code: l.unitCode })}
                </span>
              ) : (
                <label style={{ display: "grid", gap: 2, gridTemplateColumns: "minmax(0, 1fr)" }}>
                  <span style={{ color: "#BC4B09" }}>{t("fileUnmatched")}</span>
                  <Select
                    style={{ width: "100%", minWidth: 0 }}
                    aria-label={t("chooseUnit", { file: l.fileName })}
                    value={l.assigned ?? ""}
                    onChange={(_, d) => setAssigned(l.id, d.value)}
                    disabled={busy}
                  >
                    <option value="">{t("chooseUnitPlaceholder")}</option>
                    {campaign?.units.map((u) => (
                      <option key={u.code} value={u.code}>
                        {u.code} — {u.name}
                      </option>
                    ))}
                  </Select>
                </label>
              )}
            </li>
          ))}
        </ul>
      )}
    </StepSection>
  );
}

function isKnown(code: string, campaign: Campaign | undefined): boolean {
  return !!campaign?.units.some((u) => u.code === code);
}
