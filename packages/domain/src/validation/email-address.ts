import { z } from "zod";

/**
 * The one spelling of an address that is stored and compared: people type
 * "Ana@Example.com " and expect it to be the same account as "ana@example.com".
 */
export const normalizeEmail = (address: string) => address.trim().toLowerCase();

/** An address typed into any form (guest or operator), normalised; 254 characters at most (RFC 5321). */
export const ZEmailAddress = z
  .string()
  .overwrite(normalizeEmail)
  .max(254, "This email address is too long.")
  .pipe(z.email("Enter an email address like name@example.com."));
