import { Tab, TabList } from "@fluentui/react-tabs";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type UIEvent } from "react";
import { columnLetters, parseA1Range } from "../../../shared/a1/a1";
import { dmyFromSerial } from "../../../shared/calendar/serial";
import { useT } from "../../app/i18n";
import type { EmuStats } from "../emulator/excelEmulation";
import type { Scalar } from "../emulator/formulaEngine";
import type { EmuWorkbook } from "../emulator/workbookModel";

const MAX_ROWS = 300;
const MAX_COLS = 40;
/**
 * Rows drawn at first, and added each time the grid is scrolled near its end: a consolidated
 * sheet of 300 × 40 cells took ≈ 200 ms to lay out, on every sync.
 */
const ROWS_AT_ONCE = 50;

/** Built once: toLocaleString("vi-VN") builds a formatter per call (≈ 35 µs each in Chromium). */
const INTEGER = new Intl.NumberFormat("vi-VN");
const DECIMAL = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });

function show(v: Scalar, numberFormat: string): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (numberFormat.includes("%")) return `${(v * 100).toFixed(1)}%`;
    if (/d/.test(numberFormat) && /y/.test(numberFormat)) return dmyFromSerial(v);
    return Number.isInteger(v) ? INTEGER.format(v) : DECIMAL.format(v);
  }
  return v;
}

/** Excel's default column width, 8.43 characters of Calibri 11: 48 points. */
const DEFAULT_WIDTH_POINTS = 48;

/** A column width in CSS pixels (96 per inch) from Excel's points (72 per inch). */
function pointsToPx(points: number | undefined): number {
  return Math.round(((points ?? DEFAULT_WIDTH_POINTS) * 96) / 72);
}

/** Merged areas as HTML spans: the top-left cell spans the area, the others are not drawn. */
function mergeLayout(merges: string[]): {
  spans: Map<string, { rows: number; cols: number }>;
  covered: Set<string>;
} {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    const a = parseA1Range(m);
    if (!a) continue;
    const r = { r1: a.row1, c1: a.col1, r2: a.row2, c2: a.col2 };
    spans.set(`${columnLetters(r.c1)}${r.r1 + 1}`, {
      rows: r.r2 - r.r1 + 1,
      cols: r.c2 - r.c1 + 1,
    });
    for (let row = r.r1; row <= r.r2; row++) {
      for (let col = r.c1; col <= r.c2; col++) {
        if (row !== r.r1 || col !== r.c1) covered.add(`${columnLetters(col)}${row + 1}`);
      }
    }
  }
  return { spans, covered };
}

/** The emulated workbook as sheet tabs and a cell grid, redrawn after every sync. */
export function GridView({ workbook, stats }: { workbook: EmuWorkbook; stats: EmuStats }) {
  const t = useT();
  const version = useSyncExternalStore(
    (cb) => workbook.subscribe(cb),
    // Batches applied, not syncs begun: a sync counts before its calls are applied (after the
    // emulated latency), and a redraw in between would miss the sheet or cell it selects.
    () => workbook.sheets.length + ":" + workbook.revision,
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
  // Rows are drawn as they are scrolled to (and down to the selected cell).
  const [drawn, setDrawn] = useState({ sheet: sheet?.name, rows: ROWS_AT_ONCE });
  const drawnRows = drawn.sheet === sheet?.name ? drawn.rows : ROWS_AT_ONCE;
  const selectedRow = selected ? (parseA1Range(selected)?.row2 ?? 0) + 1 : 0;
  const rowsShown = table
    ? Math.min(table.rows, Math.max(drawnRows, selectedRow + ROWS_AT_ONCE / 2))
    : 0;
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const box = e.currentTarget;
    if (!table || rowsShown >= table.rows) return;
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - box.clientHeight / 2)
      setDrawn({ sheet: sheet?.name, rows: rowsShown + ROWS_AT_ONCE });
  };
  const merges = useMemo(() => mergeLayout(sheet?.merges ?? []), [sheet, version]);
  const scroller = useRef<HTMLDivElement>(null);
  // The selected cell is brought into view, as Excel does when a range is selected.
  useEffect(() => {
    if (!selected) return;
    const td = scroller.current?.querySelector<HTMLElement>(`td[data-address="${selected}"]`);
    td?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, sheet, table]);
  return (
    <section aria-labelledby="grid-title" style={{ display: "grid", gap: 6, minWidth: 0 }}>
      <h2 id="grid-title" style={{ fontSize: 16, margin: 0 }}>
        {t("previewWorkbook")}
      </h2>
      <p data-testid="emu-stats" style={{ margin: 0, fontSize: 12, color: "#616161" }}>
        {t("previewStats", {
          syncs: stats.syncs,
          calls: stats.calls,
          bytes: INTEGER.format(stats.requestBytes),
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
          ref={scroller}
          data-grid-scroll
          onScroll={onScroll}
          style={{ overflow: "auto", maxHeight: "70vh", border: "1px solid #D1D1D1" }}
          tabIndex={0}
          aria-label={sheet.name}
        >
          <table
            data-sheet={sheet.name}
            style={{ borderCollapse: "collapse", fontSize: 12, tableLayout: "fixed" }}
          >
            <colgroup>
              <col style={{ width: 36 }} />
              {Array.from({ length: table.cols }, (_, c) => (
                <col key={c} style={{ width: pointsToPx(sheet.columnWidths.get(c)) }} />
              ))}
            </colgroup>
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
              {Array.from({ length: rowsShown }, (_, r) => (
                <tr key={r}>
                  <th scope="row" style={{ background: "#F0F0F0", padding: "0 4px" }}>
                    {r + 1}
                  </th>
                  {Array.from({ length: table.cols }, (_, c) => {
                    const address = `${columnLetters(c)}${r + 1}`;
                    if (merges.covered.has(address)) return null;
                    const span = merges.spans.get(address);
                    const cell = sheet.cell(r, c);
                    const f = cell?.format;
                    return (
                      <td
                        key={c}
                        data-address={address}
                        colSpan={span?.cols}
                        rowSpan={span?.rows}
                        title={cell?.formula}
                        style={{
                          border: f?.border ? "1px solid #999" : "1px solid #EEE",
                          background: f?.fill ?? undefined,
                          fontWeight: f?.bold ? 700 : undefined,
                          fontStyle: f?.italic ? "italic" : undefined,
                          color: f?.color ?? "#000",
                          outline: selected === address ? "2px solid #0F6CBD" : undefined,
                          padding: "1px 4px",
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
