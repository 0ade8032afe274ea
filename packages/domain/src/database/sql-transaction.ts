import type pg from "pg";

/**
 * Runs `work` in one transaction on one connection of the pg pool: committed
 * when it resolves, rolled back when it throws. The pool's sessions commit
 * without waiting for the disk (see sql-pool.ts); `durable` restores that
 * wait for this transaction, for what must survive a database crash.
 */
export async function withSqlTransaction<T>(
  pool: pg.Pool,
  work: (sql: pg.PoolClient) => Promise<T>,
  options: { durable?: boolean } = {},
): Promise<T> {
  const sql = await pool.connect();
  try {
    await sql.query(options.durable ? "BEGIN; SET LOCAL synchronous_commit = on" : "BEGIN");
    const result = await work(sql);
    await sql.query("COMMIT");
    return result;
  } catch (error) {
    await sql.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    sql.release();
  }
}
