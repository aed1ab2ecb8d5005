/** A consolidated cell a drafted figure quotes: the outline sheet, indicator and column ids. */
export interface FigureRef {
  sheet: string;
  code: string;
  column: string;
}

/**
 * One drafted sentence of the report with the indicators it comes from, so a reader can trace
 * every number back to the appendix.
 */
export interface DraftFigure {
  text: string;
  /** "B1 Quán triệt, triển khai – chỉ tiêu 3, 1", or the appendix sheet it was counted from. */
  source: string;
  refs: FigureRef[];
}

export interface DraftPart {
  /** "Công tác lãnh đạo, chỉ đạo …", numbered by its place among the parts. */
  title: string;
  figures: DraftFigure[];
}

/** The figures of the report (Báo cáo sơ kết), drafted from one consolidation. */
export interface DraftReport {
  /** The data cut-off the figures depend on (Excel serial). */
  asOf: number;
  /** How many units reported, on time or not, which are missing; who held the conference. */
  coverage: DraftFigure[];
  parts: DraftPart[];
}
