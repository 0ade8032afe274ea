import pg from "pg";
import { ZDatabaseEnv } from "../config/env-schemas";
import { parseEnv } from "../config/load-env";
import { outsideLogContext } from "../logging/log-context";
import { createLogger } from "../logging/logger";
import { databaseEnvSource } from "./database-env-source";
import { utcDate } from "./sql-time";

const log = createLogger("database");

/** `timestamp` columns hold UTC (see sql-time.ts): read them as such, whatever the process's zone. */
const UTC_TIMESTAMPS = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === (pg.types.builtins.TIMESTAMP as number)
      ? (text: string) => utcDate(text)
      : (pg.types.getTypeParser(oid, format as "text") as (
          text: string,
        ) => unknown)) as typeof pg.types.getTypeParser,
};

const holder = globalThis as unknown as {
  guestlistSqlPool?: { source: string; url: string; pool: pg.Pool };
};

/**
 * A plain `pg` pool on DATABASE_URL, for the hot paths where Prisma's
 * per-query work matters (about 1 ms of CPU per query against 0.1 ms here):
 * the OIDC adapter and account lookup, which every protocol request goes
 * through, the journey store every hosted page and form uses, and the rate
 * limits. Everything else goes through Prisma. One pool per process and URL.
 */
/**
 * What this pool writes is short-lived sign-in state (journeys, codes, tokens,
 * sessions, rate-limit counts). Not waiting for each commit's WAL flush is
 * worth about 15% on the token endpoint; a crash of the database server itself
 * (not of an app) may lose the last fraction of a second of it, and those
 * people sign in again.
 */
async function relaxCommits(client: pg.ClientBase): Promise<void> {
  try {
    await client.query("SET synchronous_commit = off");
  } catch (error) {
    log.warn("could not relax synchronous_commit; commits stay synchronous", { error });
  }
}

export function sqlPool(): pg.Pool {
  // Called on every protocol request: the environment is parsed again only when it changed
  // (tests point DATABASE_URL at a database per file).
  const source = databaseEnvSource();
  if (holder.guestlistSqlPool?.source === source) return holder.guestlistSqlPool.pool;
  const { databaseUrl } = parseEnv(ZDatabaseEnv);
  if (holder.guestlistSqlPool?.url !== databaseUrl) {
    void holder.guestlistSqlPool?.pool.end();
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 8,
      types: UTC_TIMESTAMPS,
      // pg-pool awaits what onConnect returns (its types say void), so the setting is in
      // place before the connection's first query rather than racing it.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onConnect: relaxCommits,
    });
    // An idle connection the server ends (a restart, a dropped database) is replaced on the
    // next query; unhandled, pg would raise it as an uncaught error and stop the process.
    // The connection remembers the request it was opened for; this line is not that request's.
    pool.on("error", (error) =>
      outsideLogContext(() => log.warn("idle database connection lost", { error })),
    );
    holder.guestlistSqlPool = { source, url: databaseUrl, pool };
  }
  holder.guestlistSqlPool.source = source;
  return holder.guestlistSqlPool.pool;
}
