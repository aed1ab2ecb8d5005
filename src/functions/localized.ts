import { functionsLanguage } from "./language";

/** A text in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * The text in the functions' current language.
 *
 * @example localized({ vi: "Đúng hạn", en: "On time" }) === "Đúng hạn"
 */
export function localized(text: Bilingual): string {
  return text[functionsLanguage()];
}
