import { createTranslator } from "use-intl/core";
import type { AppError } from "../errors/app-error";
import { createLogger } from "../logging/logger";
import { messagesFor, type MessageKey } from "./catalogue";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export type TextValues = Record<string, string | number>;

/** What each tag of a text becomes: `{ strong: (inside) => \`<b>${inside}</b>\` }`. */
export type TextTags = Record<string, (inside: string) => string>;

/**
 * A language's texts as a function: `text("codeStep.label")`,
 * `text("messages.codeWrong", { attemptsLeft: 2 })`; `text.markup` renders a
 * text's tags (an email's HTML: escape the values first).
 */
export type Text = ((key: MessageKey, values?: TextValues) => string) & {
  locale: Locale;
  markup: (key: MessageKey, values: TextValues, tags: TextTags) => string;
};

const log = createLogger("i18n");

/** The flow's overrides for one language, from UserFlow.strings ({ locale: { key: text } }). */
export function overridesOf(strings: unknown, locale: Locale): Record<string, string> {
  if (!strings || typeof strings !== "object") return {};
  const forLocale = (strings as Record<string, unknown>)[locale];
  if (!forLocale || typeof forLocale !== "object") return {};
  return Object.fromEntries(
    Object.entries(forLocale).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

/**
 * The texts of one language with a flow's overrides. An override that cannot
 * be formatted (checked when saved, so only if the built-in text changed its
 * values since) falls back to the built-in text, and the operator can read why.
 */
export function textFor(localeOrTag: string | null | undefined, strings?: unknown): Text {
  const locale = isLocale(localeOrTag) ? localeOrTag : DEFAULT_LOCALE;
  const overrides = overridesOf(strings, locale);
  let overrideFailed = false;
  const translate = createTranslator({
    locale,
    messages: messagesFor(locale, overrides),
    onError: (error) => {
      overrideFailed = true;
      log.warn("text override could not be formatted", { locale, error: error.message });
    },
  });
  const builtIn = createTranslator({
    locale,
    messages: messagesFor(locale),
    onError: (error) =>
      log.error("built-in text could not be formatted", { locale, error: error.message }),
  });
  const text = (key: MessageKey, values?: TextValues): string => {
    overrideFailed = false;
    const formatted: string = translate(key as never, values as never);
    return overrideFailed ? builtIn(key as never, values as never) : formatted;
  };
  const markup = (key: MessageKey, values: TextValues, tags: TextTags): string => {
    overrideFailed = false;
    const all = { ...values, ...tags } as never;
    const formatted: string = translate.markup(key as never, all);
    return overrideFailed ? builtIn.markup(key as never, all) : formatted;
  };
  return Object.assign(text, { locale, markup });
}

/** English without overrides: the domain's texts where no journey or person decides the language. */
export const englishText: Text = textFor(DEFAULT_LOCALE);

/** What a person reads for a domain error: its text in their language, or the message as written. */
export function personMessage(error: AppError, text: Text): string {
  const said = error.details.text;
  return said ? text(said.key, said.values) : error.message;
}
