import type pg from "pg";
import { errors, type Adapter, type AdapterPayload } from "oidc-provider";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW, epochOf, fromEpoch } from "../database/sql-time";
import { withSqlTransaction } from "../database/sql-transaction";
import type { TenantConfigCache } from "./tenant-config-cache";
import { clientMetadataFor, type ClientApplication } from "./client-metadata";

interface StoredRow {
  payload: AdapterPayload;
  expires: number | null;
  consumed: number | null;
}

const nowSeconds = () => Date.now() / 1000;

function payloadOf(row: StoredRow | undefined): AdapterPayload | undefined {
  if (!row || (row.expires !== null && row.expires <= nowSeconds())) return undefined;
  return row.consumed !== null
    ? { ...row.payload, consumed: Math.floor(row.consumed) }
    : row.payload;
}

const lifetime = (expiresIn: number | undefined) => (expiresIn ? nowSeconds() + expiresIn : null);

/**
 * oidc-provider's storage, in PostgreSQL, scoped to one tenant. Codes, refresh
 * tokens and grants have tables of their own (the admin revokes them per user);
 * every other model is kept in OidcArtifact by kind. Clients are read from the
 * tenant's applications and never written. Every protocol request runs several
 * of these queries, so they are plain SQL on a `pg` pool rather than Prisma
 * (see sql-pool.ts).
 */
export function oidcAdapterFactory(
  tenantId: string,
  pool: pg.Pool = sqlPool(),
  applications?: TenantConfigCache<Record<string, unknown>>,
  builtInClients: Record<string, Record<string, unknown>> = {},
) {
  return (name: string): Adapter =>
    withStorableIds(
      name === "Client"
        ? clientAdapter(pool, tenantId, applications, builtInClients)
        : adapterFor(pool, tenantId, name),
    );
}

/**
 * Ids come from requests (client_id, codes, tokens). PostgreSQL cannot store
 * or compare U+0000, so an id holding it is simply not found, rather than a
 * query error that would surface as server_error.
 */
function withStorableIds(adapter: Adapter): Adapter {
  const storable = (id: string) => !id.includes("\u0000");
  return {
    ...adapter,
    find: (id) => (storable(id) ? adapter.find(id) : Promise.resolve(undefined)),
    findByUid: (uid) => (storable(uid) ? adapter.findByUid(uid) : Promise.resolve(undefined)),
    findByUserCode: (code) =>
      storable(code) ? adapter.findByUserCode(code) : Promise.resolve(undefined),
    consume: (id) => (storable(id) ? adapter.consume(id) : Promise.resolve(undefined)),
    destroy: (id) => (storable(id) ? adapter.destroy(id) : Promise.resolve(undefined)),
  };
}

function adapterFor(pool: pg.Pool, tenantId: string, name: string): Adapter {
  switch (name) {
    case "AuthorizationCode":
      return tokenTableAdapter(pool, tenantId, "AuthorizationCode");
    case "RefreshToken":
      return tokenTableAdapter(pool, tenantId, "RefreshToken");
    case "Grant":
      return grantAdapter(pool, tenantId);
    default:
      return artifactAdapter(pool, tenantId, name);
  }
}

const label = { AuthorizationCode: "authorization code", RefreshToken: "refresh token" } as const;

/** A grant ends with everything issued under it, in one transaction. */
async function revokeGrantEverywhere(pool: pg.Pool, tenantId: string, grantId: string) {
  await withSqlTransaction(pool, async (sql) => {
    for (const statement of [
      `DELETE FROM "AuthorizationCode" WHERE "tenantId" = $1 AND "grantId" = $2`,
      `DELETE FROM "RefreshToken" WHERE "tenantId" = $1 AND "grantId" = $2`,
      `DELETE FROM "OidcArtifact" WHERE "tenantId" = $1 AND "grantId" = $2`,
      `DELETE FROM "OidcGrant" WHERE "tenantId" = $1 AND id = $2`,
    ])
      await sql.query(statement, [tenantId, grantId]);
  });
}

const unsupported = async () => undefined;

/** The tenant's applications, and the clients every tenant has built in (the account page). */
function clientAdapter(
  pool: pg.Pool,
  tenantId: string,
  applications: TenantConfigCache<Record<string, unknown>> | undefined,
  builtInClients: Record<string, Record<string, unknown>>,
): Adapter {
  const load = async (clientId: string) => {
    const { rows } = await pool.query<ClientApplication>(
      `SELECT "clientId", name, type, "clientSecretHash", "redirectUris",
              "postLogoutRedirectUris", "tokenEndpointAuthMethod"
         FROM "Application" WHERE "tenantId" = $1 AND "clientId" = $2`,
      [tenantId, clientId],
    );
    return rows[0] ? clientMetadataFor(rows[0]) : undefined;
  };
  return {
    find: async (clientId) =>
      Object.hasOwn(builtInClients, clientId)
        ? builtInClients[clientId]
        : applications
          ? applications.find(tenantId, clientId, () => load(clientId))
          : load(clientId),
    upsert: unsupported,
    findByUserCode: unsupported,
    findByUid: unsupported,
    consume: unsupported,
    destroy: unsupported,
    revokeByGrantId: unsupported,
  };
}

function tokenTableAdapter(
  pool: pg.Pool,
  tenantId: string,
  table: "AuthorizationCode" | "RefreshToken",
): Adapter {
  return {
    async upsert(id, payload, expiresIn) {
      // oidc-provider always gives codes and refresh tokens a lifetime; a day is a safe bound otherwise.
      await pool.query(
        `INSERT INTO "${table}" (id, "tenantId", "grantId", "clientId", "guestUserId", payload, "expiresAt")
         VALUES ($1, $2, $3, $4, $5, $6, ${fromEpoch("$7")})
         ON CONFLICT (id) DO UPDATE SET
           "grantId" = EXCLUDED."grantId", "clientId" = EXCLUDED."clientId",
           "guestUserId" = EXCLUDED."guestUserId", payload = EXCLUDED.payload,
           "expiresAt" = EXCLUDED."expiresAt"
         WHERE "${table}"."tenantId" = EXCLUDED."tenantId"`,
        [
          id,
          tenantId,
          payload.grantId ?? "",
          payload.clientId ?? "",
          payload.accountId ?? null,
          payload,
          nowSeconds() + (expiresIn ?? 24 * 60 * 60),
        ],
      );
    },
    async find(id) {
      const { rows } = await pool.query<StoredRow>(
        `SELECT payload, ${epochOf("expiresAt")} AS expires, ${epochOf("consumedAt")} AS consumed
           FROM "${table}" WHERE id = $1 AND "tenantId" = $2`,
        [id, tenantId],
      );
      return payloadOf(rows[0]);
    },
    async consume(id) {
      const { rowCount } = await pool.query(
        `UPDATE "${table}" SET "consumedAt" = ${SQL_NOW}
          WHERE id = $1 AND "tenantId" = $2 AND "consumedAt" IS NULL`,
        [id, tenantId],
      );
      // oidc-provider checks `consumed` on what it read, then consumes: parallel redemptions all
      // pass that check. Only the request whose update took the row may go on to issue tokens.
      if (rowCount !== 1) throw new errors.InvalidGrant(`${label[table]} already used`);
    },
    async destroy(id) {
      await pool.query(`DELETE FROM "${table}" WHERE id = $1 AND "tenantId" = $2`, [id, tenantId]);
    },
    revokeByGrantId: (grantId) => revokeGrantEverywhere(pool, tenantId, grantId),
    findByUserCode: unsupported,
    findByUid: unsupported,
  };
}

function grantAdapter(pool: pg.Pool, tenantId: string): Adapter {
  return {
    async upsert(id, payload, expiresIn) {
      const scopes = Object.values((payload.openid as { scope?: string } | undefined) ?? {})
        .join(" ")
        .split(" ")
        .filter(Boolean);
      await pool.query(
        `INSERT INTO "OidcGrant" (id, "tenantId", "guestUserId", "clientId", scopes, payload, "expiresAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, ${fromEpoch("$7")}, ${SQL_NOW})
         ON CONFLICT (id) DO UPDATE SET
           "guestUserId" = EXCLUDED."guestUserId", "clientId" = EXCLUDED."clientId",
           scopes = EXCLUDED.scopes, payload = EXCLUDED.payload,
           "expiresAt" = EXCLUDED."expiresAt", "updatedAt" = EXCLUDED."updatedAt"
         WHERE "OidcGrant"."tenantId" = EXCLUDED."tenantId"`,
        [
          id,
          tenantId,
          payload.accountId ?? null,
          payload.clientId ?? "",
          scopes,
          payload,
          lifetime(expiresIn),
        ],
      );
    },
    async find(id) {
      const { rows } = await pool.query<StoredRow>(
        `SELECT payload, ${epochOf("expiresAt")} AS expires, NULL AS consumed
           FROM "OidcGrant" WHERE id = $1 AND "tenantId" = $2`,
        [id, tenantId],
      );
      return payloadOf(rows[0]);
    },
    async destroy(id) {
      await pool.query(`DELETE FROM "OidcGrant" WHERE id = $1 AND "tenantId" = $2`, [id, tenantId]);
    },
    revokeByGrantId: (grantId) => revokeGrantEverywhere(pool, tenantId, grantId),
    consume: unsupported,
    findByUserCode: unsupported,
    findByUid: unsupported,
  };
}

function artifactAdapter(pool: pg.Pool, tenantId: string, kind: string): Adapter {
  const select = `SELECT payload, ${epochOf("expiresAt")} AS expires, ${epochOf("consumedAt")} AS consumed
                    FROM "OidcArtifact" WHERE "tenantId" = $1 AND kind = $2`;
  return {
    async upsert(id, payload, expiresIn) {
      await pool.query(
        `INSERT INTO "OidcArtifact" ("tenantId", kind, id, payload, "grantId", uid, "expiresAt")
         VALUES ($1, $2, $3, $4, $5, $6, ${fromEpoch("$7")})
         ON CONFLICT ("tenantId", kind, id) DO UPDATE SET
           payload = EXCLUDED.payload, "grantId" = EXCLUDED."grantId",
           uid = EXCLUDED.uid, "expiresAt" = EXCLUDED."expiresAt"`,
        [
          tenantId,
          kind,
          id,
          payload,
          payload.grantId ?? null,
          payload.uid ?? null,
          lifetime(expiresIn),
        ],
      );
    },
    async find(id) {
      const { rows } = await pool.query<StoredRow>(`${select} AND id = $3`, [tenantId, kind, id]);
      return payloadOf(rows[0]);
    },
    async findByUid(uid) {
      const { rows } = await pool.query<StoredRow>(`${select} AND uid = $3 LIMIT 1`, [
        tenantId,
        kind,
        uid,
      ]);
      return payloadOf(rows[0]);
    },
    async consume(id) {
      await pool.query(
        `UPDATE "OidcArtifact" SET "consumedAt" = ${SQL_NOW}
          WHERE "tenantId" = $1 AND kind = $2 AND id = $3 AND "consumedAt" IS NULL`,
        [tenantId, kind, id],
      );
    },
    async destroy(id) {
      await pool.query(
        `DELETE FROM "OidcArtifact" WHERE "tenantId" = $1 AND kind = $2 AND id = $3`,
        [tenantId, kind, id],
      );
    },
    revokeByGrantId: (grantId) => revokeGrantEverywhere(pool, tenantId, grantId),
    findByUserCode: unsupported,
  };
}

/** Sweeps what has expired: OIDC artifacts, the journeys of expired interactions, replay records. */
export async function sweepExpiredSignInData(prisma: PrismaClient): Promise<number> {
  const now = new Date();
  const results = await prisma.$transaction([
    prisma.oidcArtifact.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.authorizationCode.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.refreshToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.oidcGrant.deleteMany({ where: { expiresAt: { lt: now } } }),
    // A journey lives as long as its interaction: once that has expired, nothing can use it
    // (its codes go with it); connector calls keep their log line without the link.
    prisma.journey.deleteMany({ where: { expiresAt: { lt: now } } }),
    // A SAML assertion past its validity cannot be replayed: its id need not be kept.
    prisma.samlAssertionUse.deleteMany({ where: { expiresAt: { lt: now } } }),
    // Nor can a bot challenge past its expiry: the record of its use may go.
    prisma.botChallengeUse.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return results.reduce((sum, result) => sum + result.count, 0);
}
