import type { StringKey } from "../strings";

/**
 * An adapter failure the user can act on: a key of the strings catalogue and its parameters,
 * so the task pane shows it in the user's language.
 */
export class HostError extends Error {
  readonly key: StringKey;
  readonly params: Record<string, string | number>;
  constructor(key: StringKey, params: Record<string, string | number> = {}, cause?: unknown) {
    super(`${key} ${JSON.stringify(params)}`, cause === undefined ? undefined : { cause });
    this.name = "HostError";
    this.key = key;
    this.params = params;
  }
}

/** Thrown when the user cancels a long step; the workbook is left as it was. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}
