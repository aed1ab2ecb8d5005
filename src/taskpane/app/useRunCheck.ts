import { useCallback } from "react";
import type { PaneCheck } from "../worker/protocol";
import { useT } from "./i18n";
import { checkInputOf, checkJobOf } from "./paneState";
import { useServices } from "./services";
import type { StepProps } from "./stepProps";

/**
 * Runs the checks over the loaded files as a long task, stores the result in the pane's state and
 * returns it (undefined when cancelled). Kiểm tra runs it on demand; Tiến độ runs it by itself
 * when files are loaded but not yet checked, so it is never a dead end.
 */
export function useRunCheck({
  state,
  update,
  runTask,
}: Pick<StepProps, "state" | "update" | "runTask">): () => Promise<PaneCheck | undefined> {
  const t = useT();
  const services = useServices();
  return useCallback(async () => {
    const result = await runTask(async (c): Promise<PaneCheck> => {
      c.progress(0, 0, t("runCheck"));
      // Off the main thread where there is a worker: the pane stays responsive and Hủy stops it.
      if (services.offThread) {
        return services.offThread.check(state.campaign!, checkJobOf(state.loaded, state.asOf), {
          signal: c.signal,
          progress: (done, total) => c.progress(done, total, t("runCheck")),
        });
      }
      const core = await services.loadCore();
      await c.yieldToUi();
      return core.checkWorkbooks({
        campaign: state.campaign!,
        ...checkInputOf(state.loaded),
        asOf: state.asOf,
      });
    });
    if (result) update({ check: result, run: undefined });
    return result;
  }, [state.campaign, state.loaded, state.asOf, runTask, services, update, t]);
}
