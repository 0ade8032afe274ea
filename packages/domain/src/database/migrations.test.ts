import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createDatabase, databaseUrlOn, describeSchema, dropDatabase } from "../../testing";
import { SCHEMA_SNAPSHOT_FILE } from "./create-migration";
import {
  applyMigrations,
  assertDatabaseMigrated,
  getMigrationStatus,
  readMigrationFiles,
} from "./migrator";
import { findPrismaDir, migrationsDir } from "./repository-paths";
import { schemaDiffSql } from "./schema-diff";

const { serverUrl } = inject("testDatabase");

async function withEmptyDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const name = `guestlist_migrations_${randomBytes(5).toString("hex")}`;
  await createDatabase(serverUrl, name);
  try {
    return await run(databaseUrlOn(serverUrl, name));
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guestlist-migrations-"));
  fs.cpSync(migrationsDir(), dir, { recursive: true });
  return dir;
}

describe("migrations", () => {
  it("produce exactly the schema that schema.prisma describes", async () => {
    const schema = fs.readFileSync(path.join(findPrismaDir(), "schema.prisma"), "utf8");
    await withEmptyDatabase(async (fromMigrations) => {
      await applyMigrations(fromMigrations);
      await withEmptyDatabase(async (fromSchema) => {
        const sql = await schemaDiffSql(null, schema, fromSchema);
        const client = new pg.Client({ connectionString: fromSchema });
        await client.connect();
        await client.query(sql);
        await client.end();
        const expected = await describeSchema(fromSchema);
        expect(expected.columns.length).toBeGreaterThan(100);
        expect(
          await describeSchema(fromMigrations),
          "run `pnpm db:migration:create <name>` after changing schema.prisma",
        ).toEqual(expected);
      });
    });
  }, 120_000);

  it("keep the snapshot of the schema in step with schema.prisma", () => {
    const prismaDir = findPrismaDir();
    const snapshot = fs.readFileSync(
      path.join(migrationsDir(prismaDir), SCHEMA_SNAPSHOT_FILE),
      "utf8",
    );
    expect(snapshot).toBe(fs.readFileSync(path.join(prismaDir, "schema.prisma"), "utf8"));
  });

  it("record each migration as Prisma Migrate does, and apply nothing twice", async () => {
    await withEmptyDatabase(async (url) => {
      const files = readMigrationFiles();
      expect(await applyMigrations(url)).toEqual(files.map((file) => file.name));
      expect(await applyMigrations(url)).toEqual([]);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      await client.end();
      expect(rows).toHaveLength(files.length);
      for (const [index, file] of files.entries()) {
        const raw = fs.readFileSync(path.join(migrationsDir(), file.name, "migration.sql"));
        expect(rows[index]).toMatchObject({
          migration_name: file.name,
          checksum: createHash("sha256").update(raw).digest("hex"),
          applied_steps_count: 1,
          rolled_back_at: null,
        });
        expect(rows[index].finished_at).toBeInstanceOf(Date);
      }
    });
  });

  it("report pending migrations and refuse an unmigrated database with the fix", async () => {
    await withEmptyDatabase(async (url) => {
      const status = await getMigrationStatus(url);
      expect(status.applied).toEqual([]);
      expect(status.pending.length).toBeGreaterThan(0);
      await expect(assertDatabaseMigrated(url)).rejects.toMatchObject({
        code: "database_not_migrated",
        message: expect.stringContaining("pnpm db:migrate"),
      });
      await applyMigrations(url);
      await expect(assertDatabaseMigrated(url)).resolves.toBeUndefined();
    });
  });

  it("apply a new migration on top of the applied ones, and roll back a failing one whole", async () => {
    const dir = copyMigrations();
    try {
      await withEmptyDatabase(async (url) => {
        await applyMigrations(url, dir);
        fs.mkdirSync(path.join(dir, "29990101000000_add_note"));
        fs.writeFileSync(
          path.join(dir, "29990101000000_add_note", "migration.sql"),
          `ALTER TABLE "Tenant" ADD COLUMN "note" TEXT;`,
        );
        expect(await applyMigrations(url, dir)).toEqual(["29990101000000_add_note"]);

        fs.mkdirSync(path.join(dir, "29990102000000_broken"));
        fs.writeFileSync(
          path.join(dir, "29990102000000_broken", "migration.sql"),
          `ALTER TABLE "Tenant" ADD COLUMN "other" TEXT;\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;`,
        );
        await expect(applyMigrations(url, dir)).rejects.toMatchObject({
          code: "database_not_migrated",
          message: expect.stringContaining("29990102000000_broken"),
        });
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const columns = await client.query(
          `SELECT column_name FROM information_schema.columns WHERE table_name = 'Tenant' AND column_name IN ('note', 'other')`,
        );
        const recorded = await client.query(
          `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990102000000_broken'`,
        );
        await client.end();
        expect(columns.rows.map((row) => row.column_name)).toEqual(["note"]);
        expect(recorded.rowCount).toBe(0);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuse to run when an applied migration was edited afterwards", async () => {
    const dir = copyMigrations();
    try {
      await withEmptyDatabase(async (url) => {
        await applyMigrations(url, dir);
        const first = readMigrationFiles(dir)[0]!;
        fs.appendFileSync(path.join(dir, first.name, "migration.sql"), "\n-- edited\n");
        await expect(applyMigrations(url, dir)).rejects.toMatchObject({
          message: expect.stringContaining("was changed after it was applied"),
        });
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
