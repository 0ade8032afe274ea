import type { AttributeDataType } from "../generated/prisma/enums";

export interface BuiltInAttribute {
  name: string;
  /** What Entra's admin center calls it. */
  label: string;
  dataType: AttributeDataType;
  description: string;
}

/** Entra's built-in user attributes, with its names, present in every tenant. */
export const BUILT_IN_ATTRIBUTES: readonly BuiltInAttribute[] = [
  {
    name: "email",
    label: "Email address",
    dataType: "STRING",
    description: "Email address of the user.",
  },
  {
    name: "displayName",
    label: "Display name",
    dataType: "STRING",
    description: "Display name of the user.",
  },
  {
    name: "givenName",
    label: "Given name",
    dataType: "STRING",
    description: "The user's given name (first name).",
  },
  {
    name: "surname",
    label: "Surname",
    dataType: "STRING",
    description: "The user's surname (family name or last name).",
  },
  {
    name: "jobTitle",
    label: "Job title",
    dataType: "STRING",
    description: "The user's job title.",
  },
  {
    name: "streetAddress",
    label: "Street address",
    dataType: "STRING",
    description: "The street address where the user is located.",
  },
  {
    name: "city",
    label: "City",
    dataType: "STRING",
    description: "The city in which the user is located.",
  },
  {
    name: "state",
    label: "State/province",
    dataType: "STRING",
    description: "The state or province in the user's address.",
  },
  {
    name: "postalCode",
    label: "Postal code",
    dataType: "STRING",
    description: "The postal code of the user's address.",
  },
  {
    name: "country",
    label: "Country/region",
    dataType: "STRING",
    description: "The country/region in which the user is located.",
  },
];

export const BUILT_IN_ATTRIBUTE_NAMES = new Set(BUILT_IN_ATTRIBUTES.map((a) => a.name));

/** How the admin shows an attribute: a built-in's display name, a custom attribute's own name. */
export function attributeLabel(name: string): string {
  return BUILT_IN_ATTRIBUTES.find((attribute) => attribute.name === name)?.label ?? name;
}

/** Built-in attributes kept in GuestUser columns of the same name; custom ones go to GuestUser.attributes. */
export const BUILT_IN_ATTRIBUTE_COLUMNS = [
  "email",
  "displayName",
  "givenName",
  "surname",
  "jobTitle",
  "streetAddress",
  "city",
  "state",
  "postalCode",
  "country",
] as const;
