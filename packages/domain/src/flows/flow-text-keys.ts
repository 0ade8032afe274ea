import { builtInText, MESSAGE_KEYS, type MessageKey } from "../i18n/catalogue";
import { attributeTextKeys } from "../i18n/localised-fields";
import type { Locale } from "../i18n/locales";
import type { AttributeField } from "./attribute-form";

/** One text of a flow's pages an admin may reword: where it is, and what it says without them. */
export interface FlowTextKey {
  key: string;
  /** The page part it belongs to: a catalogue namespace, or "attributes of this flow". */
  group: string;
  /** The built-in text in the language being edited (for an attribute: the label the page layout gives it). */
  builtIn: string;
  /** ICU MessageFormat (built-in texts), or plain text (the flow's own attribute texts). */
  format: "icu" | "plain";
}

/** Every text of a flow's pages in one language: the built-in ones, then each attribute's label, help and options. */
export function flowTextKeys(locale: Locale, fields: AttributeField[]): FlowTextKey[] {
  const builtIn = MESSAGE_KEYS.map((key: MessageKey): FlowTextKey => ({
    key,
    group: key.split(".")[0]!,
    builtIn: builtInText(locale, key),
    format: "icu",
  }));
  const attributes = fields.flatMap((field) => {
    const keys = attributeTextKeys(field.name);
    return [
      { key: keys.label, group: "flowAttributes", builtIn: field.label, format: "plain" as const },
      {
        key: keys.help,
        group: "flowAttributes",
        builtIn: field.helpText ?? "",
        format: "plain" as const,
      },
      ...field.options.map((option) => ({
        key: keys.option(option.value),
        group: "flowAttributes",
        builtIn: option.label,
        format: "plain" as const,
      })),
    ];
  });
  return [...attributes, ...builtIn];
}
