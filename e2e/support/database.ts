import pg from "pg";
import { E2E_STACK } from "./stack";

/** The e2e stack's own throw-away database, for what a browser cannot do (such as letting time pass). */
export async function sql(query: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({
    connectionString: `postgresql://postgres:guestlist@127.0.0.1:${E2E_STACK.postgresPort}/guestlist`,
  });
  await client.connect();
  try {
    return await client.query(query, params);
  } finally {
    await client.end();
  }
}

/** Tables of the e2e database whose rows, read as text, contain `needle`. */
export async function tablesMentioning(needle: string): Promise<string[]> {
  const { rows: tables } = await sql(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const found: string[] = [];
  for (const { name } of tables as { name: string }[]) {
    const { rows } = await sql(
      `SELECT count(*)::int AS n FROM ${name} t WHERE strpos(lower(t::text), lower($1)) > 0`,
      [needle],
    );
    if ((rows[0] as { n: number }).n > 0) found.push(name);
  }
  return found;
}
