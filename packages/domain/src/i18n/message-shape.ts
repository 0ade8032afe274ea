import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/** What an ICU message needs from the page: the values it names and the tags it wraps text in. */
export interface MessageShape {
  values: Set<string>;
  tags: Set<string>;
}

function collect(elements: MessageFormatElement[], shape: MessageShape): MessageShape {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        shape.values.add(element.value);
        break;
      case TYPE.select:
      case TYPE.plural:
        shape.values.add(element.value);
        for (const option of Object.values(element.options)) collect(option.value, shape);
        break;
      case TYPE.tag:
        shape.tags.add(element.value);
        collect(element.children, shape);
        break;
      default:
        break;
    }
  }
  return shape;
}

/** The shape of a message; throws the parser's error when it is not valid ICU MessageFormat. */
export function messageShape(message: string): MessageShape {
  return collect(parse(message, { requiresOtherClause: true }), {
    values: new Set(),
    tags: new Set(),
  });
}

/**
 * The values a page gives a text: those English uses, and for validation
 * messages the field's label both as written and lower-cased (languages that
 * capitalise nouns use the label as written).
 */
export function valuesProvidedFor(key: string, english: string): Set<string> {
  const values = messageShape(english).values;
  if (key.startsWith("validation.")) for (const value of ["label", "lowerLabel"]) values.add(value);
  return values;
}

/** Why a text cannot stand in for a built-in one (values or tags the page does not provide), or null. */
export function shapeMismatch(text: string, key: string, english: string): string | null {
  let shape: MessageShape;
  try {
    shape = messageShape(text);
  } catch (error) {
    return `is not a valid message (${error instanceof Error ? error.message : String(error)})`;
  }
  const provided = valuesProvidedFor(key, english);
  const unknownValue = [...shape.values].find((value) => !provided.has(value));
  if (unknownValue) return `uses {${unknownValue}}, which this text does not provide`;
  const tags = messageShape(english).tags;
  const unknownTag = [...shape.tags].find((tag) => !tags.has(tag));
  if (unknownTag) return `uses <${unknownTag}>, which this text does not provide`;
  return null;
}
