import { HostError } from "../host/hostError";
import type { StringKey } from "../strings";

/**
 * A caught error as text for the user: adapter errors from the catalogue, file errors in the
 * pane's language, anything else as "unexpected".
 */
export function errorText(
  err: unknown,
  t: (key: StringKey, params?: Record<string, string | number>) => string,
  lang: "vi" | "en",
): string {
  if (err instanceof HostError) return t(err.key, err.params);
  const e = err as { name?: string; message?: string; messageEn?: string };
  if (e?.name === "WorkbookReadError") return (lang === "en" && e.messageEn) || e.message || "";
  return t("errUnexpected", { message: e?.message ?? String(err) });
}
