import { useCallback, useRef, useState, useSyncExternalStore } from "react";
import { progressStore, type ProgressStore } from "./progressStore";
import { CancelledError } from "../host/hostError";

export interface TaskState {
  running: boolean;
  /** done/total of the current step; total 0 = indeterminate. */
  done: number;
  total: number;
  label?: string;
}

export interface TaskControls {
  signal: AbortSignal;
  progress: (done: number, total: number, label?: string) => void;
  /** Lets the browser paint (progress, cancel button) before a long synchronous step. */
  yieldToUi: () => Promise<void>;
}

/** Progress is drawn at most this often (ms): a thousand files must not mean a thousand renders. */
const PROGRESS_EVERY_MS = 250;

const IDLE: TaskState = { running: false, done: 0, total: 0 };

/**
 * Runs one long step at a time with progress and cancellation. `run` resolves to the step's
 * result, or undefined when cancelled (the step must stop at its next check of `signal`).
 * Progress goes to `progress`, which only the progress bar follows; `running`, read from it,
 * re-renders the pane only when a step starts or ends (a redraw of the whole pane per tick cost
 * ≈ 0.2 s over a 1,000-file load).
 */
export function useTask(): {
  running: boolean;
  progress: ProgressStore<TaskState>;
  run: <T>(work: (c: TaskControls) => Promise<T>) => Promise<T | undefined>;
  cancel: () => void;
} {
  const [progress] = useState(() => progressStore(IDLE));
  const running = useSyncExternalStore(progress.subscribe, () => progress.get().running);
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(async <T>(work: (c: TaskControls) => Promise<T>) => {
    const ac = new AbortController();
    controller.current = ac;
    const origin = typeof document === "undefined" ? null : document.activeElement;
    progress.set({ running: true, done: 0, total: 0 });
    // The first report is drawn at once, later ones at most every PROGRESS_EVERY_MS (the last kept).
    let drawn = 0;
    let latest: TaskState | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      timer = undefined;
      drawn = Date.now();
      if (latest && controller.current === ac) progress.set(latest);
    };
    try {
      return await work({
        signal: ac.signal,
        progress: (done, total, label) => {
          latest = { running: true, done, total, label };
          if (Date.now() - drawn >= PROGRESS_EVERY_MS) draw();
          else timer ??= setTimeout(draw, PROGRESS_EVERY_MS - (Date.now() - drawn));
        },
        yieldToUi: () => new Promise((r) => setTimeout(r, 0)),
      });
    } catch (err) {
      if (err instanceof CancelledError || ac.signal.aborted) return undefined;
      throw err;
    } finally {
      if (timer) clearTimeout(timer);
      controller.current = null;
      progress.set(IDLE);
      keepFocus(origin);
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, progress, run, cancel };
}

/**
 * Puts focus back on the control that started a task once it is enabled again: a disabled
 * button, or a dialog closing, drops focus to the page, and keyboard users would start over.
 * Tries for a short while (the button re-renders, the dialog animates out); never takes focus
 * from wherever the user has put it meanwhile.
 */
function keepFocus(origin: Element | null): void {
  if (!(origin instanceof HTMLElement) || origin === document.body) return;
  let tries = 0;
  const attempt = () => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && origin.isConnected && !origin.hasAttribute("disabled")) origin.focus();
    if (document.activeElement !== origin && ++tries < 40) setTimeout(attempt, 50);
  };
  setTimeout(attempt, 0);
}
