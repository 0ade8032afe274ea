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
