import { en } from "./en";
import { vi, type StringKey } from "./vi";

export type { StringKey };
export type Language = "vi" | "en";
export type Strings = Record<StringKey, string>;

export const catalogues: Record<Language, Strings> = { vi, en };

/**
 * The task pane language from Office's display language: Vietnamese for "vi*", English otherwise;
 * Vietnamese when there is no Office (the preview).
 *
 * @example pickLanguage("vi-VN") === "vi"; pickLanguage("en-GB") === "en"
 */
export function pickLanguage(displayLanguage: string | undefined): Language {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/**
 * Fills `{name}` parameters of a catalogue text; unknown parameters stay visible.
 *
 * @example formatText("Đã nạp {count} tệp.", { count: 3 }) === "Đã nạp 3 tệp."
 */
export function formatText(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A translator for one language: `t("filesLoaded", { count: 3 })`. */
export function translator(
  lang: Language,
): (key: StringKey, params?: Record<string, string | number>) => string {
  const cat = catalogues[lang];
  return (key, params) => formatText(cat[key], params);
}
