import type { FileKind } from "./fileKind";

/**
 * The file name endings of each kind of workbook: the one list of them. The task pane's file
 * picker offers these and the CLI takes them from a folder; the bytes decide what a file is, its
 * name only when they cannot (a damaged zip or OLE file, text). Imports nothing, so the task
 * pane's first load can use it without the reader.
 *
 * @example WORKBOOK_EXTENSIONS.join(",") === ".xlsx,.xlsm,.xls,.ods,.csv"
 */
export const FILE_EXTENSIONS = {
  xlsx: [".xlsx", ".xlsm"],
  xls: [".xls"],
  ods: [".ods"],
  csv: [".csv"],
} as const satisfies Partial<Record<FileKind, readonly string[]>>;

/**
 * Endings read by name as well, but not offered, so that a folder's notes are not taken for a
 * unit's file: Excel's binary workbook, and its tab-separated and "Unicode Text" exports.
 */
const ALSO_BY_NAME = { xlsx: [".xlsb"], csv: [".tsv", ".txt"] } as const;

export const WORKBOOK_EXTENSIONS: readonly string[] = Object.values(FILE_EXTENSIONS).flat();

/**
 * The kind a file's name says, if any.
 *
 * @example kindByName("Báo cáo.XLS") === "xls"
 * @example kindByName("ghi chú.txt") === "csv"
 */
export function kindByName(fileName: string): keyof typeof FILE_EXTENSIONS | undefined {
  const dot = fileName.lastIndexOf(".");
  const ending = dot < 0 ? "" : fileName.slice(dot).toLowerCase();
  for (const kind of Object.keys(FILE_EXTENSIONS) as Array<keyof typeof FILE_EXTENSIONS>) {
    const also: readonly string[] =
      kind in ALSO_BY_NAME ? ALSO_BY_NAME[kind as keyof typeof ALSO_BY_NAME] : [];
    if ((FILE_EXTENSIONS[kind] as readonly string[]).includes(ending) || also.includes(ending))
      return kind;
  }
  return undefined;
}
