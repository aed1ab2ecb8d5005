import type { PaneState } from "./paneState";
import type { TaskControls } from "./useTask";

/** What every step receives from the pane. */
export interface StepProps {
  state: PaneState;
  update: (patch: Partial<PaneState>) => void;
  /** Runs a long step with progress and cancel; undefined when cancelled. */
  runTask: <T>(work: (c: TaskControls) => Promise<T>) => Promise<T | undefined>;
  busy: boolean;
  confirmReplace: (names: string[]) => Promise<boolean>;
  /** Opens another step (a way forward from "load files first"). */
  goTo?: (step: "structure" | "load" | "check" | "consolidate" | "progress") => void;
}
