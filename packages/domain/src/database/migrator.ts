import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { AppError } from "../errors/app-error";
import { migrationsDir as defaultMigrationsDir } from "./repository-paths";

/**
 * Applies prisma/migrations/<name>/migration.sql folders in order and records
 * them in `_prisma_migrations` exactly as Prisma Migrate does (same table,
 * columns and sha256 checksum), so `prisma migrate deploy` run elsewhere sees
 * the same history. Prisma's own migrate commands cannot run on machines
 * without access to its engine downloads; this one needs nothing but `pg`.
 */

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface AppliedMigration {
  name: string;
  checksum: string;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same for every process migrating this database.
const MIGRATION_LOCK_KEY = 7_245_019_331;

export function readMigrationFiles(dir: string = defaultMigrationsDir()): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!fs.existsSync(file)) return [];
      const sql = fs.readFileSync(file, "utf8");
      return [{ name, sql, checksum: createHash("sha256").update(sql).digest("hex") }];
    });
}

async function withClient<T>(
  databaseUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new AppError("database_unavailable", describeConnectionFailure(databaseUrl, error), {
      cause: error,
    });
  }
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function describeConnectionFailure(databaseUrl: string, error: unknown): string {
  let where = "the database";
  try {
    const url = new URL(databaseUrl);
    where = `PostgreSQL at ${url.hostname}:${url.port || "5432"} (database "${url.pathname.slice(1)}")`;
  } catch {
    // An unparsable URL is reported by configuration validation; keep the generic wording here.
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Cannot connect to ${where}: ${reason}. Check DATABASE_URL, or unset it to use the embedded database.`;
}

async function readApplied(client: pg.Client): Promise<AppliedMigration[]> {
  const exists = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  if (!exists.rows[0]?.exists) return [];
  const result = await client.query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
  }>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return result.rows.map((row) => ({
    name: row.migration_name,
    checksum: row.checksum,
    finishedAt: row.finished_at,
    rolledBackAt: row.rolled_back_at,
  }));
}

function checkHistory(applied: AppliedMigration[], files: MigrationFile[]): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const migration of applied) {
    if (migration.rolledBackAt) continue;
    if (!migration.finishedAt) {
      throw new AppError(
        "database_not_migrated",
        `Migration ${migration.name} started but did not finish; fix the database by hand, then mark it rolled back in "_prisma_migrations".`,
      );
    }
    const file = byName.get(migration.name);
    if (!file) {
      throw new AppError(
        "database_not_migrated",
        `The database has migration ${migration.name}, which is not in prisma/migrations: it was migrated by a newer version of Guestlist.`,
      );
    }
    if (file.checksum !== migration.checksum) {
      throw new AppError(
        "database_not_migrated",
        `prisma/migrations/${migration.name}/migration.sql was changed after it was applied; restore it and add a new migration instead.`,
      );
    }
  }
}

function statusOf(applied: AppliedMigration[], files: MigrationFile[]): MigrationStatus {
  const done = new Set(applied.filter((m) => m.finishedAt && !m.rolledBackAt).map((m) => m.name));
  return {
    applied: files.filter((file) => done.has(file.name)).map((file) => file.name),
    pending: files.filter((file) => !done.has(file.name)).map((file) => file.name),
  };
}

export async function getMigrationStatus(
  databaseUrl: string,
  dir: string = defaultMigrationsDir(),
): Promise<MigrationStatus> {
  const files = readMigrationFiles(dir);
  return withClient(databaseUrl, async (client) => {
    const applied = await readApplied(client);
    checkHistory(applied, files);
    return statusOf(applied, files);
  });
}

/** Fails with `database_not_migrated` and the fix unless every migration is applied. */
export async function assertDatabaseMigrated(
  databaseUrl: string,
  dir: string = defaultMigrationsDir(),
): Promise<void> {
  const { pending } = await getMigrationStatus(databaseUrl, dir);
  if (pending.length > 0) {
    throw new AppError(
      "database_not_migrated",
      `The database is missing ${pending.length} migration(s), starting with ${pending[0]}. Run \`pnpm db:migrate\` (or \`npm start\`, which migrates first).`,
    );
  }
}

/**
 * Applies every pending migration, each in its own transaction, holding an
 * advisory lock so that concurrent starts do not race. Returns the names applied.
 */
export async function applyMigrations(
  databaseUrl: string,
  dir: string = defaultMigrationsDir(),
): Promise<string[]> {
  const files = readMigrationFiles(dir);
  return withClient(databaseUrl, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const applied = await readApplied(client);
      checkHistory(applied, files);
      const { pending } = statusOf(applied, files);
      const byName = new Map(files.map((file) => [file.name, file]));
      for (const name of pending) {
        const file = byName.get(name)!;
        await applyOne(client, file);
      }
      return pending;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("database_not_migrated", `Migration ${file.name} failed: ${reason}`, {
      cause: error,
    });
  }
}
