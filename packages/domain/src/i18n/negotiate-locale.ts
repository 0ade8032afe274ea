import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** What a request says about the person's languages, most authoritative first. */
export interface LanguagePreferences {
  /** The authorization request's `ui_locales`: space-separated BCP 47 tags, preferred first. */
  uiLocales?: string | null;
  /** The language the person picked on a hosted page (the `lang` cookie). */
  picked?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | null;
}

/** What a flow offers: its languages, and the one used when none of the person's is among them. */
export interface OfferedLanguages {
  languages: readonly string[];
  defaultLocale: string;
}

/** A BCP 47 tag's language ("pt-BR" → "pt"), lower-cased. */
function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/** Accept-Language's tags by quality, highest first (ties keep their order); q=0 means "not this". */
export function acceptLanguageTags(header: string): string[] {
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The language of a page: the first of `ui_locales`, then the picked language,
 * then Accept-Language, that the flow offers (matched on the primary language:
 * "de-AT" is German); otherwise the flow's default. The application's
 * `ui_locales` comes first because it knows the language of the app the person
 * just left; the picker is the person correcting it for this browser.
 */
export function negotiateLocale(
  preferences: LanguagePreferences,
  offered: OfferedLanguages,
): Locale {
  const enabled = offered.languages.filter(isLocale);
  const candidates = [
    ...(preferences.uiLocales ?? "").split(/\s+/),
    preferences.picked ?? "",
    ...acceptLanguageTags(preferences.acceptLanguage ?? ""),
  ];
  for (const tag of candidates) {
    const language = primaryLanguage(tag);
    if (isLocale(language) && enabled.includes(language)) return language;
  }
  if (isLocale(offered.defaultLocale) && enabled.includes(offered.defaultLocale))
    return offered.defaultLocale;
  return enabled[0] ?? DEFAULT_LOCALE;
}
