import type { z } from "zod";

/**
 * Shapes a domain object into its public response schema. Dates become ISO
 * strings, and keys the schema does not declare are dropped, so a stored
 * secret or hash can never reach a response by accident.
 */
export function present<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  return schema.parse(JSON.parse(JSON.stringify(value)));
}
