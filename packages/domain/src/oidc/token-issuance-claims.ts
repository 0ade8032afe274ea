import { randomUUID } from "node:crypto";
import { errors, type KoaContextWithOIDC } from "oidc-provider";
import type pg from "pg";
import { callApiConnector } from "../connectors/invoke-api-connector";
import {
  parseTokenIssuanceResponse,
  tokenIssuanceRequestBody,
  type TokenClaimValue,
} from "../connectors/token-issuance-contract";
import type { PrismaClient } from "../database/prisma-client";
import type { ApiConnector, Tenant } from "../generated/prisma/client";

export interface TokenConnectorSettings {
  /** Writes the connector's call log. */
  prisma: PrismaClient;
  encryptionKey: string;
  allowPrivateNetworks: boolean;
  trustedCa?: string;
}

export interface TokenConnectorGuest {
  id: string;
  email: string;
  displayName?: string | null;
  givenName?: string | null;
  surname?: string | null;
  locale?: string | null;
  createdAt: Date;
}

type Claims = Record<string, TokenClaimValue>;

interface TokenConnectorConfig {
  connector: ApiConnector;
  userFlowId: string;
  failurePolicy: "CONTINUE" | "FAIL";
  declared: string[];
  applicationId: string;
  applicationName: string;
}

/** One connector call per token request, however many times oidc-provider asks for the claims. */
const callsOfRequest = new WeakMap<object, Promise<Claims>>();

/**
 * What the application's flow's token issuance connector (Entra's
 * OnTokenIssuanceStart) adds to the person's claims. It is called when an
 * authorization code is exchanged, just before the ID token is signed, on
 * sign-up and sign-in alike; its answer is kept on the grant, so the tokens
 * a refresh issues and userinfo carry the same claims without calling it
 * again. Only the claims the flow declares are kept. When it fails, the flow
 * says whether the tokens go out without its claims or the sign-in is refused.
 */
export function tokenIssuanceClaims(
  ctx: KoaContextWithOIDC,
  tenant: Tenant,
  guest: TokenConnectorGuest,
  pool: pg.Pool,
  settings: TokenConnectorSettings,
): Promise<Claims> {
  const { entities, route } = ctx.oidc;
  const code = entities.AuthorizationCode;
  if (code && route === "token") {
    const pending =
      callsOfRequest.get(ctx) ??
      issueClaims(ctx, tenant, guest, pool, settings, code.grantId ?? null);
    callsOfRequest.set(ctx, pending);
    return pending;
  }
  const grantId = entities.RefreshToken?.grantId ?? entities.AccessToken?.grantId;
  return grantId ? storedClaims(pool, tenant.id, grantId) : Promise.resolve({});
}

async function storedClaims(pool: pg.Pool, tenantId: string, grantId: string): Promise<Claims> {
  const { rows } = await pool.query<{ connectorClaims: Claims | null }>(
    `SELECT "connectorClaims" FROM "OidcGrant" WHERE id = $1 AND "tenantId" = $2`,
    [grantId, tenantId],
  );
  return rows[0]?.connectorClaims ?? {};
}

async function issueClaims(
  ctx: KoaContextWithOIDC,
  tenant: Tenant,
  guest: TokenConnectorGuest,
  pool: pg.Pool,
  settings: TokenConnectorSettings,
  grantId: string | null,
): Promise<Claims> {
  const clientId = ctx.oidc.client?.clientId;
  const config = clientId ? await connectorOf(pool, tenant.id, clientId) : undefined;
  if (!config || !clientId) return {};
  const body = tokenIssuanceRequestBody({
    tenantId: tenant.id,
    connectorId: config.connector.id,
    userFlowId: config.userFlowId,
    correlationId: randomUUID(),
    client: { ip: null, locale: guest.locale ?? null },
    application: { id: config.applicationId, clientId, name: config.applicationName },
    user: {
      id: guest.id,
      mail: guest.email,
      displayName: guest.displayName ?? null,
      givenName: guest.givenName ?? null,
      surname: guest.surname ?? null,
      companyName: null,
      preferredLanguage: guest.locale ?? null,
      createdDateTime: guest.createdAt.toISOString(),
    },
  });
  const outcome = await callApiConnector(
    settings.prisma,
    config.connector,
    "ON_TOKEN_ISSUANCE_START",
    body,
    {
      encryptionKey: settings.encryptionKey,
      allowPrivateNetworks: settings.allowPrivateNetworks,
      trustedCa: settings.trustedCa,
      userFlowId: config.userFlowId,
      journeyId: null,
    },
    parseTokenIssuanceResponse,
  );
  if (outcome.action === "Failure" && config.failurePolicy === "FAIL")
    throw new errors.InvalidGrant(
      "the token issuance connector failed, and the flow refuses the sign-in then",
    );
  const declared = new Set(config.declared);
  const claims =
    outcome.action === "Continue"
      ? Object.fromEntries(Object.entries(outcome.claims).filter(([name]) => declared.has(name)))
      : {};
  if (grantId)
    await pool.query(
      `UPDATE "OidcGrant" SET "connectorClaims" = $3::jsonb WHERE id = $1 AND "tenantId" = $2`,
      [grantId, tenant.id, JSON.stringify(claims)],
    );
  return claims;
}

async function connectorOf(
  pool: pg.Pool,
  tenantId: string,
  clientId: string,
): Promise<TokenConnectorConfig | undefined> {
  const { rows } = await pool.query<TokenConnectorConfig>(
    `SELECT to_jsonb(c) AS connector, f.id AS "userFlowId",
            f."tokenConnectorFailurePolicy" AS "failurePolicy", f."tokenConnectorClaims" AS declared,
            a.id AS "applicationId", a.name AS "applicationName"
       FROM "Application" a
       JOIN "UserFlow" f ON f.id = a."userFlowId" AND f."tenantId" = a."tenantId"
       JOIN "UserFlowApiConnector" uc ON uc."userFlowId" = f.id AND uc.step = 'ON_TOKEN_ISSUANCE_START'
       JOIN "ApiConnector" c ON c.id = uc."apiConnectorId" AND c."tenantId" = a."tenantId"
      WHERE a."tenantId" = $1 AND a."clientId" = $2`,
    [tenantId, clientId],
  );
  return rows[0];
}
