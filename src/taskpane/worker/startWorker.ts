/**
 * Starts a pane worker (its own bundle, from the pane's origin, as the page's policy allows): the
 * pane's own, or a helper that reads files for it on another core.
 */
export function startPaneWorker(name = "phuluc-pane"): Worker {
  return new Worker(new URL("./pane.worker.ts", import.meta.url), { name });
}
