import { BUILT_IN_ATTRIBUTES } from "../attributes/built-in-attributes";
import type { AttributeField } from "../flows/attribute-form";
import { isMessageKey } from "./catalogue";
import type { Text } from "./text";
import { overridesOf } from "./text";

/** Where a flow's overrides keep an attribute's label, help text and option labels. */
export const attributeTextKeys = (name: string) => ({
  label: `attribute.${name}.label`,
  help: `attribute.${name}.help`,
  option: (value: string) => `attribute.${name}.option.${value}`,
});

const BUILT_IN_LABELS = new Map(
  BUILT_IN_ATTRIBUTES.map((attribute) => [attribute.name, attribute.label]),
);

/**
 * The attribute page's fields in the page's language: the flow's override for
 * that language when there is one; a built-in attribute still called by its
 * English name gets its translation; otherwise the admin's own words.
 */
export function localisedFields(
  fields: AttributeField[],
  text: Text,
  strings: unknown,
): AttributeField[] {
  const overrides = overridesOf(strings, text.locale);
  return fields.map((field) => {
    const keys = attributeTextKeys(field.name);
    const builtInKey = `attributes.${field.name}`;
    const translatedBuiltIn =
      BUILT_IN_LABELS.get(field.name) === field.label && isMessageKey(builtInKey)
        ? text(builtInKey)
        : field.label;
    return {
      ...field,
      label: overrides[keys.label] ?? translatedBuiltIn,
      helpText: overrides[keys.help] ?? field.helpText,
      options: field.options.map((option) => ({
        ...option,
        label: overrides[keys.option(option.value)] ?? option.label,
      })),
    };
  });
}
