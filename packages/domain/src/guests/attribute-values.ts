import { BUILT_IN_ATTRIBUTE_COLUMNS } from "../attributes/built-in-attributes";
import type { AttributeDataType } from "../generated/prisma/enums";

export type BuiltInColumn = (typeof BUILT_IN_ATTRIBUTE_COLUMNS)[number];
export type StoredAttributeValue = string | number | boolean;

export function isBuiltInColumn(name: string): name is BuiltInColumn {
  return (BUILT_IN_ATTRIBUTE_COLUMNS as readonly string[]).includes(name);
}

/** The most characters a string attribute may hold. */
export const MAX_STRING_ATTRIBUTE_LENGTH = 1000;

/**
 * A value as its attribute's data type stores it, accepting what forms and
 * query strings send ("42", "true"); null for an empty value; an error
 * message when the value does not fit the type.
 */
export function coerceAttributeValue(
  dataType: AttributeDataType,
  raw: string | number | boolean | null,
): { value: StoredAttributeValue | null } | { error: string } {
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return { value: null };
  switch (dataType) {
    case "STRING": {
      if (typeof raw !== "string") return { error: "Enter text." };
      const text = raw.trim();
      return text.length > MAX_STRING_ATTRIBUTE_LENGTH
        ? { error: `Use at most ${MAX_STRING_ATTRIBUTE_LENGTH} characters.` }
        : { value: text };
    }
    case "INTEGER": {
      const number = typeof raw === "string" && /^-?\d{1,15}$/.test(raw.trim()) ? Number(raw) : raw;
      return typeof number === "number" && Number.isSafeInteger(number)
        ? { value: number }
        : { error: "Enter a whole number." };
    }
    case "BOOLEAN": {
      if (typeof raw === "boolean") return { value: raw };
      if (raw === "true" || raw === "false") return { value: raw === "true" };
      return { error: "Choose yes or no." };
    }
  }
}
