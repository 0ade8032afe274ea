import { sqlPool } from "../src/database/sql-pool";

/** Every table of the test database whose rows, read as text, contain one of `needles` (case-insensitive). */
export async function tablesMentioning(...needles: string[]): Promise<string[]> {
  const { rows: tables } = await sqlPool().query<{ name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const { rows } = await sqlPool().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${name} t
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) needle
                       WHERE strpos(lower(t::text), lower(needle)) > 0)`,
      [needles],
    );
    if (rows[0]!.n > 0) found.push(name);
  }
  return found;
}
