import { Button } from "@fluentui/react-button";
import { ProgressBar } from "@fluentui/react-progress";
import { useSyncExternalStore } from "react";
import { useT } from "../../app/i18n";
import type { ProgressStore } from "../../app/progressStore";
import type { TaskState } from "../../app/useTask";

/** Progress of the running step with its cancel button; nothing when idle. */
export function TaskProgress({
  progress,
  onCancel,
}: {
  progress: ProgressStore<TaskState>;
  onCancel: () => void;
}) {
  const t = useT();
  const state = useSyncExternalStore(progress.subscribe, progress.get);
  if (!state.running) return null;
  const determinate = state.total > 0;
  const label = [
    state.label ?? t("working"),
    determinate ? t("progressOf", { done: state.done, total: state.total }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <div role="status" aria-live="polite" style={{ display: "grid", gap: 6, padding: "8px 0" }}>
      <span>{label}</span>
      <ProgressBar
        aria-label={label}
        value={determinate ? state.done / state.total : undefined}
        thickness="large"
      />
      <div>
        <Button size="small" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
