/** Starts the pane's worker (its own bundle, from the pane's origin, as the page's policy allows). */
export function startPaneWorker(): Worker {
  return new Worker(new URL("./pane.worker.ts", import.meta.url), { name: "phuluc-pane" });
}
