import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, databaseUrlOn, dropDatabase } from "./test-database";

// Each test file gets its own copy of the migrated template, so files run in
// parallel without seeing each other's rows, and getPrisma() points at it.
const { serverUrl, template } = inject("testDatabase");
const database = `guestlist_test_${randomBytes(6).toString("hex")}`;
await createDatabase(serverUrl, database, template);
process.env.DATABASE_URL = databaseUrlOn(serverUrl, database);

afterAll(async () => {
  const holder = globalThis as { guestlistPrisma?: { client: { $disconnect(): Promise<void> } } };
  await holder.guestlistPrisma?.client.$disconnect();
  delete holder.guestlistPrisma;
  const limits = globalThis as { guestlistRateLimitPool?: { pool: { end(): Promise<void> } } };
  await limits.guestlistRateLimitPool?.pool.end();
  delete limits.guestlistRateLimitPool;
  await dropDatabase(serverUrl, database);
});
