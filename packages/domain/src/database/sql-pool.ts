import pg from "pg";
import { ZDatabaseEnv } from "../config/env-schemas";
import { parseEnv } from "../config/load-env";

const holder = globalThis as unknown as { guestlistSqlPool?: { url: string; pool: pg.Pool } };

/**
 * A plain `pg` pool on DATABASE_URL, for the few hot paths where Prisma's
 * per-query work matters (about 1 ms of CPU per query against 0.1 ms here):
 * the OIDC adapter, which every protocol request goes through, and the rate
 * limits. Everything else goes through Prisma. One pool per process and URL.
 */
export function sqlPool(): pg.Pool {
  const { databaseUrl } = parseEnv(ZDatabaseEnv);
  if (holder.guestlistSqlPool?.url !== databaseUrl) {
    void holder.guestlistSqlPool?.pool.end();
    holder.guestlistSqlPool = {
      url: databaseUrl,
      pool: new pg.Pool({ connectionString: databaseUrl, max: 8 }),
    };
  }
  return holder.guestlistSqlPool.pool;
}
