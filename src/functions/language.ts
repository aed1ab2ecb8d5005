/** The language of the texts the functions return (statuses, messages). */
export type FunctionsLanguage = "vi" | "en";

/** Kept on globalThis: the task pane and the functions bundles share one JS context, not modules. */
const KEY = "__phulucFunctionsLanguage";

type Store = { [KEY]?: FunctionsLanguage };

/**
 * Fixes the language of the functions' texts (the task pane's setting); undefined goes back to
 * Office's display language.
 *
 * @example setFunctionsLanguage("en"); functionsLanguage() === "en"
 */
export function setFunctionsLanguage(lang: FunctionsLanguage | undefined): void {
  (globalThis as Store)[KEY] = lang;
}

function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    // Office.context is not ready before Office.onReady in some hosts.
    return undefined;
  }
}

/**
 * The language set by the task pane, else Office's display language ("vi-VN" → "vi", any other
 * → "en"), else Vietnamese.
 *
 * @example functionsLanguage() === "vi" // no Office, nothing set
 */
export function functionsLanguage(): FunctionsLanguage {
  const set = (globalThis as Store)[KEY];
  if (set) return set;
  const display = officeDisplayLanguage();
  return display && !display.toLowerCase().startsWith("vi") ? "en" : "vi";
}
