import type pg from "pg";
import { sqlPool } from "../database/sql-pool";

/** One version's own page on the hosted app (`/<tenant>/terms/<versionId>`): Markdown text only. */
export async function termsVersionForPage(
  tenantId: string,
  versionId: string,
  pool: pg.Pool = sqlPool(),
): Promise<{ title: string; version: number; markdown: string; publishedAt: Date } | null> {
  if (!/^[0-9a-f-]{36}$/.test(versionId)) return null;
  const { rows } = await pool.query<{
    title: string;
    version: number;
    markdown: string;
    publishedAt: Date;
  }>(
    `SELECT title, version, markdown, "publishedAt" FROM "TermsVersion"
      WHERE id = $1 AND "tenantId" = $2 AND markdown IS NOT NULL`,
    [versionId, tenantId],
  );
  return rows[0] ?? null;
}
