import { z } from "zod";
import type { MessageKey } from "../i18n/catalogue";

/**
 * The one spelling of an address that is stored and compared: people type
 * "Ana@Example.com " and expect it to be the same account as "ana@example.com".
 */
export const normalizeEmail = (address: string) => address.trim().toLowerCase();

const ENGLISH: Partial<Record<MessageKey, string>> = {
  "validation.emailTooLong": "This email address is too long.",
  "validation.emailInvalid": "Enter an email address like name@example.com.",
};

/** An address typed into any form, normalised; 254 characters at most (RFC 5321); its messages in the page's language. */
export function emailAddressSchema(text: (key: MessageKey) => string = (key) => ENGLISH[key]!) {
  return z
    .string()
    .overwrite(normalizeEmail)
    .max(254, text("validation.emailTooLong"))
    .pipe(z.email(text("validation.emailInvalid")));
}

/** An address typed into an operator's form (guest or operator), in English. */
export const ZEmailAddress = emailAddressSchema();
