import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Language } from "../gql/graphql";
import { de, type Catalogue } from "./de";
import { en } from "./en";

const catalogues: Record<Language, Catalogue> = { DE: de, EN: en };
const locales: Record<Language, string> = { DE: "de-DE", EN: "en-GB" };
const htmlLang: Record<Language, string> = { DE: "de", EN: "en" };
const STORAGE_KEY = "fachforum.language";

/** Every date and time is shown in the programme's time zone. */
export const TIME_ZONE = "Europe/Berlin";

/** The language before sign-in: the last choice in this browser, else the browser's preference, else German. */
export function initialLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of tags) {
    const base = tag.toLowerCase().slice(0, 2);
    if (base === "de") return "DE";
    if (base === "en") return "EN";
  }
  return "DE";
}

function readStored(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "DE" || value === "EN" ? value : null;
  } catch {
    return null;
  }
}

function store(lang: Language) {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

interface I18n {
  /** The current language. */
  lang: Language;
  /** The catalogue of the current language. */
  t: Catalogue;
  /** Switches the interface language (and remembers it in this browser). */
  setLanguage: (lang: Language) => void;
  /** Date and time in Europe/Berlin, e.g. "26.11.2025, 14:05". */
  formatDateTime: (iso: string) => string;
  /** A date in Europe/Berlin, e.g. "26. November 2025". */
  formatDate: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the language, its catalogue and date formatting; keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = htmlLang[lang];
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const dateTime = new Intl.DateTimeFormat(locales[lang], {
      timeZone: TIME_ZONE,
      dateStyle: "medium",
      timeStyle: "short",
    });
    const date = new Intl.DateTimeFormat(locales[lang], {
      timeZone: TIME_ZONE,
      dateStyle: "long",
    });
    return {
      lang,
      t: catalogues[lang],
      setLanguage: (next: Language) => {
        store(next);
        setLang(next);
      },
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatDate: (iso) => date.format(new Date(iso)),
    };
  }, [lang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The i18n context; use inside `I18nProvider`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}

/** The catalogue of the current language. */
export function useT(): Catalogue {
  return useI18n().t;
}

/** The catalogue of a given language (e.g. to announce in the language just chosen). */
export function catalogueFor(lang: Language): Catalogue {
  return catalogues[lang];
}

/** The `lang` attribute value for a language (for text in the other language). */
export function langAttribute(lang: Language): string {
  return htmlLang[lang];
}
