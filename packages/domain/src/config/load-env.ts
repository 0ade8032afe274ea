import type { z } from "zod";
import { AppError } from "../errors/app-error";

/**
 * Parses environment variables with a zod schema, once, at start-up. Every
 * problem is named with its variable so that the operator can fix them all in
 * one go; values are never echoed back, since many of them are secrets.
 */
export function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  env: Record<string, string | undefined> = process.env,
): z.output<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join(".") || "environment";
    return `${variable}: ${issue.message}`;
  });
  throw new AppError(
    "config_invalid",
    `Invalid configuration: ${problems.join("; ")}. See "Configuration" in README.md.`,
  );
}
