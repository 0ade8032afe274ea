import type { z } from "zod";
import { assertDatabaseMigrated } from "../database/migrator";
import { isAppError } from "../errors/app-error";
import { ZDatabaseEnv } from "./env-schemas";
import { parseEnv } from "./load-env";

/**
 * Run once when an app's server starts: validates its configuration, checks
 * that the database answers and carries every migration, and stops the process
 * with one sentence naming the problem and the fix if not.
 */
export async function verifyStartup(app: string, schema: z.ZodType): Promise<void> {
  try {
    parseEnv(schema);
    await assertDatabaseMigrated(parseEnv(ZDatabaseEnv).databaseUrl);
  } catch (error) {
    const message = isAppError(error)
      ? error.message
      : `unexpected error while starting: ${String(error)}`;
    process.stderr.write(`${app}: ${message}\n`);
    process.exit(1);
  }
}
