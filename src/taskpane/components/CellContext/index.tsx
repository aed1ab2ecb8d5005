import { Button } from "@fluentui/react-button";
import { useEffect, useMemo, useState } from "react";
import { cellNeighbourhood } from "../../../shared/grid/cellNeighbourhood";
import type { SourceWorkbook } from "../../../shared/model";
import { useT } from "../../app/i18n";
import { coreFileName, type LoadedWorkbook } from "../../app/paneState";
import { useServices } from "../../app/services";

/**
 * A finding's cell and its neighbours as the unit's file holds them (label to the left, header
 * above), for files that are not in the open workbook and so cannot be selected.
 */
export function CellContext(props: {
  book: SourceWorkbook;
  sheet: string;
  cell: string;
  onClose: () => void;
}) {
  const t = useT();
  const grid = props.book.sheets.find((s) => s.name === props.sheet);
  const near = useMemo(
    () => (grid ? cellNeighbourhood(grid, props.cell, 2) : undefined),
    [grid, props.cell],
  );
  const caption = t("cellContext", {
    cell: props.cell,
    file: props.book.fileName,
    sheet: props.sheet,
  });
  return (
    <div
      data-testid="cell-context"
      style={{ display: "grid", gap: 4, margin: "4px 0", gridTemplateColumns: "minmax(0, 1fr)" }}
    >
      {!near ? (
        <p style={{ margin: 0 }}>{t("cellContextMissing", { sheet: props.sheet })}</p>
      ) : (
        <div style={{ overflowX: "auto" }}>
          <table style={{ borderCollapse: "collapse", fontSize: 12, width: "100%" }}>
            <caption style={{ textAlign: "left", fontSize: 12, color: "#424242" }}>
              {caption}
            </caption>
            <thead>
              <tr>
                <td />
                {near.columns.map((c) => (
                  <th key={c} scope="col" style={{ background: "#F0F0F0", padding: "0 4px" }}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {near.rows.map((r) => (
                <tr key={r.row}>
                  <th scope="row" style={{ background: "#F0F0F0", padding: "0 4px" }}>
                    {r.row}
                  </th>
                  {r.cells.map((c) => (
                    <td
                      key={c.address}
                      data-address={c.address}
                      aria-current={c.target ? "true" : undefined}
                      style={{
                        border: c.target ? "2px solid #0F6CBD" : "1px solid #E0E0E0",
                        fontWeight: c.target ? 700 : undefined,
                        padding: "1px 4px",
                        maxWidth: 120,
                        overflow: "hidden",
                        textOverflow: "ellipsis",
                        whiteSpace: "nowrap",
                      }}
                      title={c.text}
                    >
                      {c.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <Button size="small" onClick={props.onClose}>
          {t("closeCellContext")}
        </Button>
      </div>
    </div>
  );
}

/**
 * CellContext for a loaded file: its workbook at hand, or asked of the worker that holds it (one
 * file, so the pane keeps no unit's Grids while it works).
 */
export function LoadedCellContext(props: {
  loaded: LoadedWorkbook;
  sheet: string;
  cell: string;
  onClose: () => void;
}) {
  const t = useT();
  const services = useServices();
  const { loaded, ...rest } = props;
  const [fetched, setFetched] = useState<SourceWorkbook | null>();
  useEffect(() => {
    if (loaded.workbook || !loaded.ref || !services.offThread) return;
    let live = true;
    services.offThread.workbook(loaded.ref).then(
      (book) => live && setFetched(book ? { ...book, fileName: coreFileName(loaded) } : null),
      () => live && setFetched(null),
    );
    return () => {
      live = false;
    };
  }, [loaded, services]);
  const book = loaded.workbook ? { ...loaded.workbook, fileName: coreFileName(loaded) } : fetched;
  if (book) return <CellContext book={book} {...rest} />;
  if (book === null)
    return <p style={{ margin: 0 }}>{t("cellContextMissing", { sheet: props.sheet })}</p>;
  return <p style={{ margin: 0 }}>{t("working")}</p>;
}
