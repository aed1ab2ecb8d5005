import { Button } from "@fluentui/react-button";
import { Field } from "@fluentui/react-field";
import { Input } from "@fluentui/react-input";
import { Select } from "@fluentui/react-select";
import { useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import { WORKBOOK_EXTENSIONS } from "../../../io/fileExtensions";
import type { Campaign, SourceWorkbook } from "../../../shared/model";
import { expectedUnits } from "../../../shared/validate/expectedUnits";
import { errorText } from "../../app/errorText";
import { useLanguage, useT } from "../../app/i18n";
import {
  duplicateIds,
  filterLoaded,
  foldText,
  isSpreadsheetName,
  loadCounts,
  loadStatus,
  unitOfLoaded,
  type LoadFilter,
} from "../../app/loadStatus";
import type { LoadedWorkbook } from "../../app/paneState";
import { useServices } from "../../app/services";
import type { StepProps } from "../../app/stepProps";
import type { TaskControls } from "../../app/useTask";
import { WORKBOOK_FILE_NAME } from "../../app/workbookSource";
import { translator } from "../../strings";
import { Notice, type NoticeValue } from "../Notice";
import { SearchField } from "../SearchField";
import { ShowMore, useShown } from "../ShowMore";
import { StepSection } from "../StepSection";

const ACCEPT = WORKBOOK_EXTENSIONS.join(",");
/** From this many units to choose from, the unit picker gets a search box. */
const SEARCH_FROM = 12;
let nextId = 1;

type Added = { added: LoadedWorkbook[]; total: number; cancelled: boolean };
type Item = { name: string; source: LoadedWorkbook["source"]; read: () => Promise<SourceWorkbook> };

/** Nạp đơn vị: pick, drop, use the open workbook or the samples; every file matched to a unit. */
export function StepLoad({ state, update, runTask, busy }: StepProps) {
  const t = useT();
  const lang = useLanguage();
  const services = useServices();
  const input = useRef<HTMLInputElement>(null);
  const pickButton = useRef<HTMLButtonElement | HTMLAnchorElement>(null);
  const removeButtons = useRef(new Map<string, HTMLElement>());
  const [focusAfterRemove, setFocusAfterRemove] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeValue>();
  const [dragging, setDragging] = useState(false);
  const [filter, setFilter] = useState<LoadFilter>("all");
  const [search, setSearch] = useState("");
  const { shown, more: showMore, reset: showFirstPage } = useShown();
  const campaign = state.campaign;

  // The workers start while the clerk picks files, not after.
  useEffect(() => {
    if (campaign) services.offThread?.prepare(campaign);
  }, [campaign, services.offThread]);

  // After a file is removed, focus goes to the next file's button (or the picker), never to the page.
  useEffect(() => {
    if (focusAfterRemove === null) return;
    (removeButtons.current.get(focusAfterRemove) ?? pickButton.current)?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove]);

  const add = async (items: Item[], c: TaskControls) => {
    const core = await services.loadCore();
    const added: LoadedWorkbook[] = [];
    for (let i = 0; i < items.length; i++) {
      if (c.signal.aborted) break;
      c.progress(i, items.length, t("fileReading", { name: items[i].name }));
      const entry: LoadedWorkbook = {
        id: String(nextId++),
        fileName: items[i].name,
        source: items[i].source,
      };
      try {
        if (items[i].source === "file" && !isSpreadsheetName(items[i].name)) {
          entry.error = bothLanguages("fileNotSpreadsheet");
        } else {
          entry.workbook = await items[i].read();
          entry.fileName = entry.workbook.fileName;
          entry.unitCode = core.identifyUnit(entry.workbook, campaign!);
        }
      } catch (err) {
        const e = err as { message?: string; messageEn?: string };
        entry.error = { vi: e.message ?? String(err), en: e.messageEn ?? e.message ?? String(err) };
      }
      added.push(entry);
      await c.yieldToUi();
    }
    // A cancel keeps the files read so far, and says so.
    return { added, total: items.length, cancelled: c.signal.aborted };
  };
  const load = async (work: (c: TaskControls) => Promise<Added>) => {
    setNotice(undefined);
    try {
      const result = await runTask(work);
      if (!result) return setNotice({ intent: "info", text: t("cancelled") });
      const loaded = [...state.loaded, ...result.added];
      update({ loaded, check: undefined, run: undefined });
      setNotice(loadNotice(result.added, loaded, result.total, result.cancelled));
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t, lang) });
    }
  };
  const loadNotice = (
    added: LoadedWorkbook[],
    all: LoadedWorkbook[],
    total: number,
    cancelled: boolean,
  ): NoticeValue => {
    if (cancelled) {
      return { intent: "info", text: t("loadCancelled", { done: added.length, total }) };
    }
    const counts = loadCounts(added, campaign);
    const dup = duplicateIds(all);
    const duplicates = added.filter((l) => dup.has(l.id)).length;
    const problems = [
      counts.unreadable && t("problemUnreadable", { count: counts.unreadable }),
      counts.unidentified && t("problemUnidentified", { count: counts.unidentified }),
      duplicates && t("problemDuplicate", { count: duplicates }),
    ].filter((p): p is string => !!p);
    return problems.length
      ? {
          intent: "warning",
          text: t("filesLoadedProblems", { count: added.length, problems: problems.join(", ") }),
        }
      : { intent: "success", text: t("filesLoaded", { count: added.length }) };
  };
  /** Files read and matched in the worker: only names, units and references come back. */
  const addOffThread = async (files: File[], c: TaskControls): Promise<Added> => {
    const accepted = files.filter((f) => isSpreadsheetName(f.name));
    const reads = await services.offThread!.readFiles(accepted, campaign!, {
      signal: c.signal,
      progress: () => undefined,
      onRead: (read, i) =>
        c.progress(
          i + 1,
          accepted.length,
          t("fileReading", { name: accepted[i + 1]?.name ?? read.fileName }),
        ),
    });
    const added: LoadedWorkbook[] = [];
    let next = 0;
    for (const f of files) {
      const entry: LoadedWorkbook = { id: String(nextId++), fileName: f.name, source: "file" };
      if (!isSpreadsheetName(f.name)) entry.error = bothLanguages("fileNotSpreadsheet");
      else {
        const read = reads[next++];
        if (!read) break; // cancelled before this file
        entry.fileName = read.fileName;
        if (read.error) entry.error = read.error;
        else Object.assign(entry, { ref: read.ref, unitCode: read.unitCode });
      }
      added.push(entry);
    }
    return { added, total: files.length, cancelled: c.signal.aborted };
  };
  const loadFiles = (files: File[]) =>
    load((c) =>
      services.offThread
        ? addOffThread(files, c)
        : add(
            files.map((f) => ({ name: f.name, source: "file", read: () => services.readFile(f) })),
            c,
          ),
    );
  /** Files taken off the list: the worker may drop what it held for them. */
  const release = (gone: LoadedWorkbook[]) =>
    services.offThread?.forget(gone.flatMap((l) => (l.ref ? [l.ref] : [])));
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
  const visible = useMemo(
    () => filterLoaded(state.loaded, campaign, filter, search),
    [state.loaded, campaign, filter, search],
  );
  const remove = (id: string) => {
    const i = visible.findIndex((l) => l.id === id);
    const next = visible[i + 1] ?? visible[i - 1];
    release(state.loaded.filter((l) => l.id === id));
    update({ loaded: state.loaded.filter((l) => l.id !== id), check: undefined, run: undefined });
    setFocusAfterRemove(next?.id ?? "");
  };
  const unitName = (code: string) => {
    const u = campaign?.units.find((x) => x.code === code);
    return u ? `${u.code} — ${u.name}` : code;
  };
  const counts = useMemo(() => loadCounts(state.loaded, campaign), [state.loaded, campaign]);
  const duplicates = useMemo(() => duplicateIds(state.loaded), [state.loaded]);
  // The picker offers the expected units that no file has claimed yet.
  const unclaimed = useMemo(() => {
    const claimed = new Set(state.loaded.map(unitOfLoaded).filter(Boolean));
    return campaign ? expectedUnits(campaign).filter((u) => !claimed.has(u.code)) : [];
  }, [state.loaded, campaign]);
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
        <Button
          ref={pickButton}
          appearance="primary"
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
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
            onClick={() => {
              release(state.loaded);
              update({ loaded: [], check: undefined, run: undefined });
            }}
          >
            {t("clearFiles")}
          </Button>
        )}
      </div>
      <Notice notice={notice} />
      {state.loaded.length === 0 ? (
        <p style={{ margin: 0, color: "#616161" }}>{t("noFiles")}</p>
      ) : (
        <>
          <div style={{ display: "grid", gap: 6, gridTemplateColumns: "minmax(0, 1fr)" }}>
            <Field label={t("filterShow")}>
              <Select
                value={filter}
                onChange={(_, d) => {
                  setFilter(d.value as LoadFilter);
                  showFirstPage();
                }}
              >
                <option value="all">{t("filterAll", { count: counts.all })}</option>
                <option value="matched">{t("filterMatched", { count: counts.matched })}</option>
                <option value="unidentified">
                  {t("filterUnidentified", { count: counts.unidentified })}
                </option>
                <option value="unreadable">
                  {t("filterUnreadable", { count: counts.unreadable })}
                </option>
                <option value="duplicate">
                  {t("filterDuplicate", { count: counts.duplicate })}
                </option>
              </Select>
            </Field>
            <SearchField
              label={t("searchFiles")}
              value={search}
              onSearch={(text) => {
                setSearch(text);
                showFirstPage();
              }}
            />
          </div>
          <ul
            aria-label={t("stepLoad")}
            style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 6 }}
          >
            {visible.slice(0, shown).map((l) => (
              <li
                key={l.id}
                data-status={loadStatus(l, campaign)}
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
                    ref={(el) => {
                      if (el) removeButtons.current.set(l.id, el);
                      else removeButtons.current.delete(l.id);
                    }}
                    size="small"
                    appearance="subtle"
                    disabled={busy}
                    aria-label={t("removeFile", { file: l.fileName })}
                    onClick={() => remove(l.id)}
                  >
                    ✕
                  </Button>
                </div>
                <FileStatus
                  loaded={l}
                  campaign={campaign}
                  unitName={unitName}
                  unclaimed={unclaimed}
                  busy={busy}
                  onAssign={(code) => setAssigned(l.id, code)}
                />
                {duplicates.has(l.id) && (
                  <span style={{ color: "#8A3707" }}>{t("fileDuplicate")}</span>
                )}
              </li>
            ))}
          </ul>
          <ShowMore shown={shown} total={visible.length} onMore={showMore} />
        </>
      )}
    </StepSection>
  );
}

/** One file's unit: found, chosen by hand (changeable), unknown, or to be chosen. */
function FileStatus(props: {
  loaded: LoadedWorkbook;
  campaign: Campaign | undefined;
  unitName: (code: string) => string;
  unclaimed: Array<{ code: string; name: string }>;
  busy: boolean;
  onAssign: (code: string) => void;
}) {
  const t = useT();
  const lang = useLanguage();
  const { loaded: l } = props;
  const [query, setQuery] = useState("");
  const status = loadStatus(l, props.campaign);
  if (status === "unreadable") {
    return (
      <span style={{ color: "#C50F1F" }}>{t("fileUnreadable", { message: l.error![lang] })}</span>
    );
  }
  if (status === "matched")
    return <span>{t("fileMatched", { unit: props.unitName(l.unitCode!) })}</span>;
  if (status === "unknownCode") {
    return <span style={{ color: "#8A3707" }}>{t("fileUnknownCode", { code: l.unitCode! })}</span>;
  }
  const q = foldText(query.trim());
  const options = [
    ...(l.assigned ? (props.campaign?.units.filter((u) => u.code === l.assigned) ?? []) : []),
    ...props.unclaimed.filter((u) => !q || foldText(`${u.code} ${u.name}`).includes(q)),
  ];
  return (
    <div style={{ display: "grid", gap: 4, gridTemplateColumns: "minmax(0, 1fr)" }}>
      {status === "assigned" ? (
        <span>{t("fileAssigned", { unit: props.unitName(l.assigned!) })}</span>
      ) : (
        <span style={{ color: "#8A3707" }}>{t("fileUnmatched")}</span>
      )}
      {props.unclaimed.length >= SEARCH_FROM && (
        <Input
          type="search"
          size="small"
          aria-label={t("searchUnits", { file: l.fileName })}
          placeholder={t("searchUnits", { file: "" }).trim()}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
        />
      )}
      <Select
        style={{ width: "100%", minWidth: 0 }}
        aria-label={t("chooseUnit", { file: l.fileName })}
        value={l.assigned ?? ""}
        onChange={(_, d) => props.onAssign(d.value)}
        disabled={props.busy}
      >
        <option value="">
          {props.unclaimed.length === 0 && !l.assigned
            ? t("noUnitsLeft")
            : t("chooseUnitPlaceholder")}
        </option>
        {options.map((u) => (
          <option key={u.code} value={u.code}>
            {u.code} — {u.name}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** A catalogue text in both languages, for messages stored with a loaded file. */
function bothLanguages(key: "fileNotSpreadsheet"): { vi: string; en: string } {
  return { vi: translator("vi")(key), en: translator("en")(key) };
}
