import { getMigrationStatus } from "../database/migrator";
import type { PrismaClient } from "../database/prisma-client";
import { ZDatabaseEnv } from "../config/env-schemas";
import { parseEnv } from "../config/load-env";
import { createLogger } from "../logging/logger";

export interface DatabaseHealth {
  status: "ok" | "unavailable" | "not_migrated";
  latencyMs: number;
  pendingMigrations?: number;
}

const log = createLogger("health");

/**
 * Runs a query through the app's own Prisma client (the path every request
 * takes) and compares the applied migrations with the ones this build ships.
 * The reason for a failure goes to the log, not to the caller: health
 * endpoints are public.
 */
export async function checkDatabaseHealth(prisma: PrismaClient): Promise<DatabaseHealth> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const { databaseUrl } = parseEnv(ZDatabaseEnv);
    await prisma.$queryRaw`SELECT 1`;
    const { pending } = await getMigrationStatus(databaseUrl);
    if (pending.length > 0) {
      return { status: "not_migrated", latencyMs: elapsed(), pendingMigrations: pending.length };
    }
    return { status: "ok", latencyMs: elapsed() };
  } catch (error) {
    log.error("database health check failed", { error });
    return { status: "unavailable", latencyMs: elapsed() };
  }
}
