import { en } from "./messages/en";
import { de } from "./messages/de";
import { fr } from "./messages/fr";
import { es } from "./messages/es";
import { nl } from "./messages/nl";
import { pt } from "./messages/pt";
import { ja } from "./messages/ja";
import { ar } from "./messages/ar";
import type { Locale } from "./locales";

/** The shape every language's texts have: English's keys, any wording. */
export type Messages = {
  [Namespace in keyof typeof en]: Record<keyof (typeof en)[Namespace], string>;
};

type Namespace = keyof Messages;
/** A text's key, "namespace.name". */
export type MessageKey = {
  [N in Namespace]: `${N & string}.${keyof Messages[N] & string}`;
}[Namespace];

const CATALOGUES: Record<Locale, Messages> = { en, de, fr, es, nl, pt, ja, ar };

/** Every built-in key: what an admin may override. */
export const MESSAGE_KEYS: readonly MessageKey[] = Object.entries(en).flatMap(
  ([namespace, texts]) => Object.keys(texts).map((name) => `${namespace}.${name}` as MessageKey),
);

export function isMessageKey(key: string): key is MessageKey {
  return (MESSAGE_KEYS as readonly string[]).includes(key);
}

export function builtInText(locale: Locale, key: MessageKey): string {
  const [namespace, name] = key.split(".") as [Namespace, string];
  return (CATALOGUES[locale][namespace] as Record<string, string>)[name]!;
}

/**
 * A language's texts with the flow's overrides for it laid over the built-in
 * ones (keys the catalogue does not have are left out: attribute texts are
 * applied to the fields themselves).
 */
export function messagesFor(locale: Locale, overrides: Record<string, string> = {}): Messages {
  const messages = Object.fromEntries(
    Object.entries(CATALOGUES[locale]).map(([namespace, texts]) => [namespace, { ...texts }]),
  ) as Messages;
  for (const [key, text] of Object.entries(overrides)) {
    if (!isMessageKey(key)) continue;
    const [namespace, name] = key.split(".") as [Namespace, string];
    (messages[namespace] as Record<string, string>)[name] = text;
  }
  return messages;
}
