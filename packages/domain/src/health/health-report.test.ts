import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createDatabase, databaseUrlOn, dropDatabase } from "../../testing/test-database";
import { readMigrationFiles } from "../database/migrator";
import { getPrisma } from "../database/prisma-client";
import { healthReport } from "./health-report";

const migrated = process.env.DATABASE_URL!;
afterEach(() => {
  process.env.DATABASE_URL = migrated;
});

describe("healthReport", () => {
  it("is 200 when the database answers and is migrated", async () => {
    const report = await healthReport(getPrisma(), "admin");
    expect(report.httpStatus).toBe(200);
    expect(report.body).toMatchObject({ status: "ok", app: "admin", database: { status: "ok" } });
  });

  it("is 503 with not_migrated for a database without the migrations", async () => {
    const { serverUrl } = inject("testDatabase");
    const name = `guestlist_empty_${randomBytes(4).toString("hex")}`;
    await createDatabase(serverUrl, name);
    try {
      process.env.DATABASE_URL = databaseUrlOn(serverUrl, name);
      const report = await healthReport(getPrisma(), "hosted");
      expect(report.httpStatus).toBe(503);
      expect(report.body.database).toMatchObject({
        status: "not_migrated",
        pendingMigrations: readMigrationFiles().length,
      });
    } finally {
      await dropDatabase(serverUrl, name);
    }
  });

  it("is 503 with unavailable, and no detail, when the database cannot be reached", async () => {
    process.env.DATABASE_URL = "postgresql://nobody:secret@127.0.0.1:1/guestlist";
    const report = await healthReport(getPrisma(), "admin");
    expect(report.httpStatus).toBe(503);
    expect(report.body.database.status).toBe("unavailable");
    expect(JSON.stringify(report.body)).not.toContain("secret");
  });
});
