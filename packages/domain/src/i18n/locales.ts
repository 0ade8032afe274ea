/** The languages the hosted pages and guest emails are written in; English is the reference. */
export const SUPPORTED_LOCALES = ["en", "de", "fr", "es", "nl", "pt", "ja", "ar"] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself: what a language picker lists. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  nl: "Nederlands",
  pt: "Português",
  ja: "日本語",
  ar: "العربية",
};

/** In English, for the admin portal. */
export const LANGUAGE_NAMES_IN_ENGLISH: Record<Locale, string> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  nl: "Dutch",
  pt: "Portuguese",
  ja: "Japanese",
  ar: "Arabic",
};

const RIGHT_TO_LEFT = new Set<Locale>(["ar"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}
