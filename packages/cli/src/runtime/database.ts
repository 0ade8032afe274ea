import path from "node:path";
import pg from "pg";
import { EMBEDDED_DATABASE_NAME, ZDatabaseEnv, parseEnv } from "@guestlist/domain/config";
import {
  startEmbeddedPostgres,
  type RunningEmbeddedPostgres,
} from "@guestlist/domain/database/tooling";
import { dataDir } from "./paths";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL under .data/,
 * started (or reused if already running) with its database created on first use.
 */
export async function openDatabase(log: (line: string) => void): Promise<DatabaseHandle> {
  const env = parseEnv(ZDatabaseEnv);
  if (!env.usesEmbeddedDatabase) {
    return { url: env.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server: RunningEmbeddedPostgres = await startEmbeddedPostgres({
    dataDir: path.join(dataDir(), "postgres"),
    port: env.embeddedPostgresPort,
    onLog: (line) => {
      if (/ERROR|FATAL|PANIC|initialising|reusing|running as root/.test(line)) log(line);
    },
  });
  const admin = new pg.Client({ connectionString: server.urlFor("postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      EMBEDDED_DATABASE_NAME,
    ]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${EMBEDDED_DATABASE_NAME}"`);
  } finally {
    await admin.end();
  }
  return { url: server.urlFor(EMBEDDED_DATABASE_NAME), embedded: true, stop: () => server.stop() };
}
