/**
 * The core, loaded on demand as its own chunk so the pane's first bundle stays small: the
 * campaign data, the reader, validation, consolidation and the plan builders.
 */
export type Core = typeof import("./coreModules");

let pending: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  pending ??= import(/* webpackChunkName: "core" */ "./coreModules");
  return pending;
}
