import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../src/database/embedded-postgres";
import { applyMigrations } from "../src/database/migrator";
import { installJobQueue } from "../src/jobs/job-queue";
import { freePort } from "./free-port";
import { createDatabase, databaseUrlOn, dropDatabase } from "./test-database";

/**
 * Vitest global setup: a PostgreSQL server for this run (TEST_DATABASE_URL's
 * server if set, otherwise a throw-away embedded one) and a migrated template
 * database that each test file copies. The developer's data is never touched.
 */
export default async function setup(project: TestProject) {
  const cleanups: (() => Promise<void>)[] = [];
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "guestlist-test-pg-"));
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "data"),
      port: await freePort(),
    });
    serverUrl = server.urlFor("postgres");
    cleanups.push(async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
  }

  const template = `guestlist_test_template_${randomBytes(4).toString("hex")}`;
  await createDatabase(serverUrl, template);
  const adminUrl = serverUrl;
  cleanups.unshift(() => dropDatabase(adminUrl, template));
  await applyMigrations(databaseUrlOn(serverUrl, template));
  await installJobQueue(databaseUrlOn(serverUrl, template));

  project.provide("testDatabase", { serverUrl, template });
  return async () => {
    for (const cleanup of cleanups) await cleanup();
  };
}
