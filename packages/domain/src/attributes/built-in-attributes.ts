import type { AttributeDataType } from "../generated/prisma/enums";

export interface BuiltInAttribute {
  name: string;
  dataType: AttributeDataType;
  description: string;
}

/** Entra's built-in user attributes, with its names, present in every tenant. */
export const BUILT_IN_ATTRIBUTES: readonly BuiltInAttribute[] = [
  { name: "email", dataType: "STRING", description: "Email address of the user." },
  { name: "displayName", dataType: "STRING", description: "Display name of the user." },
  { name: "givenName", dataType: "STRING", description: "The user's given name (first name)." },
  {
    name: "surname",
    dataType: "STRING",
    description: "The user's surname (family name or last name).",
  },
  { name: "jobTitle", dataType: "STRING", description: "The user's job title." },
  {
    name: "streetAddress",
    dataType: "STRING",
    description: "The street address where the user is located.",
  },
  { name: "city", dataType: "STRING", description: "The city in which the user is located." },
  {
    name: "state",
    dataType: "STRING",
    description: "The state or province in the user's address.",
  },
  { name: "postalCode", dataType: "STRING", description: "The postal code of the user's address." },
  {
    name: "country",
    dataType: "STRING",
    description: "The country/region in which the user is located.",
  },
];

export const BUILT_IN_ATTRIBUTE_NAMES = new Set(BUILT_IN_ATTRIBUTES.map((a) => a.name));

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
