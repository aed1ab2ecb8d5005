import { createContext, useContext } from "react";
import { translator, type Language } from "../strings";

export const LanguageContext = createContext<Language>("vi");

/** The translator of the pane's language: `const t = useT(); t("filesLoaded", { count })`. */
export function useT(): ReturnType<typeof translator> {
  return translator(useContext(LanguageContext));
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
