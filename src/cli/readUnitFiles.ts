import type { Campaign } from "../shared/model";
import { expandPaths, loadReports } from "./loadReports";
import { UsageError } from "./options";
import { ProgressBar } from "./progressBar";

/**
 * The unit files named on the command line (files or folders), read into reports with a progress
 * bar on a terminal (none with `--json`). No file at all is a usage error.
 *
 * @example const { files, reads, unreadable } = await readUnitFiles(["don-vi/"], campaign, !opts.json)
 */
export async function readUnitFiles(paths: string[], campaign: Campaign, showProgress: boolean) {
  const files = expandPaths(paths);
  if (files.length === 0) throw new UsageError("Không có tệp nào để kiểm tra.");
  const bar = new ProgressBar("Đọc tệp", showProgress);
  const loaded = await loadReports(files, campaign, (d, t) => bar.update(d, t));
  return { files, ...loaded };
}
