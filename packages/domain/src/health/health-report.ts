import type { PrismaClient } from "../database/prisma-client";
import { checkDatabaseHealth, type DatabaseHealth } from "./check-database";

export interface HealthReport {
  httpStatus: 200 | 503;
  body: { status: "ok" | "unavailable"; app: string; database: DatabaseHealth };
}

/** What an app's /api/health answers: 200 when its database is reachable and migrated, 503 otherwise. */
export async function healthReport(prisma: PrismaClient, app: string): Promise<HealthReport> {
  const database = await checkDatabaseHealth(prisma);
  const ok = database.status === "ok";
  return { httpStatus: ok ? 200 : 503, body: { status: ok ? "ok" : "unavailable", app, database } };
}
