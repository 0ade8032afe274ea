import type pg from "pg";
import { sqlPool } from "../database/sql-pool";

export type BrandingAssetPathKind = "logo" | "favicon" | "css";

/**
 * What the hosted app serves at /api/branding/assets/<tenant>/<kind>/<sha>:
 * the upload or stylesheet only while it is the tenant's current one with that
 * SHA-256 (so the URL's content never changes and may be cached for a year).
 */
export async function readBrandingAsset(
  tenantId: string,
  kind: BrandingAssetPathKind,
  sha: string,
  pool: pg.Pool = sqlPool(),
): Promise<{ contentType: string; body: Buffer } | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tenantId))
    return null;
  if (!/^[0-9a-f]{64}$/.test(sha)) return null;
  if (kind === "css") {
    const { rows } = await pool.query<{ css: string }>(
      `SELECT "brandingCustomCss" AS css FROM "Tenant" WHERE id = $1 AND "brandingCustomCssSha" = $2`,
      [tenantId, sha],
    );
    return rows[0]
      ? { contentType: "text/css; charset=utf-8", body: Buffer.from(rows[0].css) }
      : null;
  }
  // A logo is the tenant's or one of its applications' own.
  const { rows } = await pool.query<{ contentType: string; bytes: Buffer }>(
    `SELECT "contentType", bytes FROM "BrandingAsset"
      WHERE "tenantId" = $1 AND kind = $2::"BrandingAssetKind" AND sha256 = $3
     UNION ALL
     SELECT "logoContentType", "logoBytes" FROM "ApplicationBranding"
      WHERE "tenantId" = $1 AND $2 = 'LOGO' AND "logoSha" = $3
     LIMIT 1`,
    [tenantId, kind === "logo" ? "LOGO" : "FAVICON", sha],
  );
  return rows[0] ? { contentType: rows[0].contentType, body: rows[0].bytes } : null;
}
