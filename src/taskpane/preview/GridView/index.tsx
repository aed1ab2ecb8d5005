import { Tab, TabList } from "@fluentui/react-tabs";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { columnLetters } from "../../../shared/a1/a1";
import { dmyFromSerial } from "../../../shared/calendar/serial";
import { useT } from "../../app/i18n";
import type { EmuStats } from "../emulator/excelEmulation";
import type { Scalar } from "../emulator/formulaEngine";
import type { EmuWorkbook } from "../emulator/workbookModel";

const MAX_ROWS = 300;
const MAX_COLS = 40;

function show(v: Scalar, numberFormat: string): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (numberFormat.includes("%")) return `${(v * 100).toFixed(1)}%`;
    if (/d/.test(numberFormat) && /y/.test(numberFormat)) return dmyFromSerial(v);
    return Number.isInteger(v)
      ? v.toLocaleString("vi-VN")
      : v.toLocaleString("vi-VN", { maximumFractionDigits: 4 });
  }
  return v;
}

/** The emulated workbook as sheet tabs and a cell grid, redrawn after every sync. */
export function GridView({ workbook, stats }: { workbook: EmuWorkbook; stats: EmuStats }) {
  const t = useT();
  const version = useSyncExternalStore(
    (cb) => workbook.subscribe(cb),
    () => workbook.sheets.length + ":" + stats.syncs,
  );
  const sheets = workbook.sheets.filter((s) => s.visibility === "Visible");
  const [active, setActive] = useState<string | undefined>(workbook.activeSheet);
  const [known, setKnown] = useState(() => new Set(workbook.sheets.map((s) => s.id)));
  useEffect(() => {
    // Show what just happened: the first sheet just written, else the selected cell's sheet.
    const added = workbook.sheets.find((s) => !known.has(s.id) && s.visibility === "Visible");
    setKnown(new Set(workbook.sheets.map((s) => s.id)));
    if (added) setActive(added.name);
    else if (workbook.selection) setActive(workbook.selection.sheet);
  }, [version, workbook]);
  const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
  const table = useMemo(() => {
    if (!sheet) return undefined;
    const b = sheet.usedBounds(false);
    if (!b) return { rows: 0, cols: 0 };
    return { rows: Math.min(b.r2 + 1, MAX_ROWS), cols: Math.min(b.c2 + 1, MAX_COLS) };
    // version changes whenever a sync applied changes
  }, [sheet, version]);
  const selected =
    workbook.selection?.sheet === sheet?.name ? workbook.selection?.address : undefined;
  return (
    <section aria-labelledby="grid-title" style={{ display: "grid", gap: 6, minWidth: 0 }}>
      <h2 id="grid-title" style={{ fontSize: 16, margin: 0 }}>
        {t("previewWorkbook")}
      </h2>
      <p data-testid="emu-stats" style={{ margin: 0, fontSize: 12, color: "#616161" }}>
        {t("previewStats", {
          syncs: stats.syncs,
          calls: stats.calls,
          bytes: stats.requestBytes.toLocaleString("vi-VN"),
        })}
      </p>
      <TabList
        aria-label={t("previewSheetTabs")}
        selectedValue={sheet?.name}
        onTabSelect={(_, d) => setActive(String(d.value))}
        size="small"
        style={{ flexWrap: "wrap" }}
      >
        {sheets.map((s) => (
          <Tab key={s.id} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {sheet && table && table.rows === 0 && <p>{t("previewEmpty")}</p>}
      {sheet && table && table.rows > 0 && (
        <div
          style={{ overflow: "auto", maxHeight: "70vh", border: "1px solid #D1D1D1" }}
          tabIndex={0}
          aria-label={sheet.name}
        >
          <table data-sheet={sheet.name} style={{ borderCollapse: "collapse", fontSize: 12 }}>
            <thead>
              <tr>
                <td style={{ background: "#F0F0F0" }} />
                {Array.from({ length: table.cols }, (_, c) => (
                  <th key={c} scope="col" style={{ background: "#F0F0F0", padding: "0 4px" }}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: table.rows }, (_, r) => (
                <tr key={r}>
                  <th scope="row" style={{ background: "#F0F0F0", padding: "0 4px" }}>
                    {r + 1}
                  </th>
                  {Array.from({ length: table.cols }, (_, c) => {
                    const cell = sheet.cell(r, c);
                    const address = `${columnLetters(c)}${r + 1}`;
                    const f = cell?.format;
                    return (
                      <td
                        key={c}
                        data-address={address}
                        title={cell?.formula}
                        style={{
                          border: f?.border ? "1px solid #999" : "1px solid #EEE",
                          background: f?.fill ?? undefined,
                          fontWeight: f?.bold ? 700 : undefined,
                          fontStyle: f?.italic ? "italic" : undefined,
                          color: f?.color ?? "#000",
                          outline: selected === address ? "2px solid #0F6CBD" : undefined,
                          padding: "1px 4px",
                          maxWidth: 260,
                          whiteSpace: f?.wrap ? "normal" : "nowrap",
                          overflow: "hidden",
                          textAlign:
                            typeof cell?.value === "number" || cell?.formula ? "right" : undefined,
                        }}
                      >
                        {cell ? show(workbook.value(sheet.name, r, c), cell.numberFormat) : ""}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
