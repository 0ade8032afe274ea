import type { Adapter, AdapterPayload } from "oidc-provider";
import type { PrismaClient } from "../database/prisma-client";
import type { Prisma } from "../generated/prisma/client";
import { clientMetadataFor } from "./client-metadata";

type Json = Prisma.InputJsonValue;

const expiry = (expiresIn: number) => new Date(Date.now() + expiresIn * 1000);
const isExpired = (expiresAt: Date | null) =>
  expiresAt !== null && expiresAt.getTime() <= Date.now();

function withConsumed(payload: unknown, consumedAt: Date | null): AdapterPayload {
  const body = payload as AdapterPayload;
  return consumedAt ? { ...body, consumed: Math.floor(consumedAt.getTime() / 1000) } : body;
}

/**
 * oidc-provider's storage, in PostgreSQL, scoped to one tenant. Codes, refresh
 * tokens and grants have tables of their own (the admin revokes them per user);
 * every other model is kept in OidcArtifact by kind. Clients are read from
 * the tenant's applications and never written.
 */
export function prismaAdapterFactory(prisma: PrismaClient, tenantId: string) {
  return (name: string): Adapter => withStorableIds(adapterFor(prisma, tenantId, name));
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

function adapterFor(prisma: PrismaClient, tenantId: string, name: string): Adapter {
  switch (name) {
    case "Client":
      return clientAdapter(prisma, tenantId);
    case "AuthorizationCode":
      return tokenTableAdapter(prisma, tenantId, prisma.authorizationCode);
    case "RefreshToken":
      return tokenTableAdapter(prisma, tenantId, prisma.refreshToken);
    case "Grant":
      return grantAdapter(prisma, tenantId);
    default:
      return artifactAdapter(prisma, tenantId, name);
  }
}

async function revokeGrantEverywhere(
  prisma: PrismaClient,
  tenantId: string,
  grantId: string,
): Promise<void> {
  await prisma.$transaction([
    prisma.authorizationCode.deleteMany({ where: { tenantId, grantId } }),
    prisma.refreshToken.deleteMany({ where: { tenantId, grantId } }),
    prisma.oidcArtifact.deleteMany({ where: { tenantId, grantId } }),
    prisma.oidcGrant.deleteMany({ where: { tenantId, id: grantId } }),
  ]);
}

const unsupported = async () => undefined;

function clientAdapter(prisma: PrismaClient, tenantId: string): Adapter {
  return {
    async find(clientId) {
      const application = await prisma.application.findFirst({ where: { tenantId, clientId } });
      return application ? (clientMetadataFor(application) as AdapterPayload) : undefined;
    },
    upsert: unsupported,
    findByUserCode: unsupported,
    findByUid: unsupported,
    consume: unsupported,
    destroy: unsupported,
    revokeByGrantId: unsupported,
  };
}

interface TokenDelegate {
  upsert(args: unknown): Promise<unknown>;
  findFirst(
    args: unknown,
  ): Promise<{ payload: unknown; expiresAt: Date; consumedAt: Date | null } | null>;
  updateMany(args: unknown): Promise<unknown>;
  deleteMany(args: unknown): Promise<unknown>;
}

function tokenTableAdapter(prisma: PrismaClient, tenantId: string, table: unknown): Adapter {
  const delegate = table as TokenDelegate;
  return {
    async upsert(id, payload, expiresIn) {
      const data = {
        tenantId,
        grantId: payload.grantId ?? "",
        clientId: payload.clientId ?? "",
        guestUserId: payload.accountId ?? null,
        payload: payload as Json,
        // oidc-provider always gives codes and refresh tokens a lifetime; a day is a safe bound otherwise.
        expiresAt: expiry(expiresIn ?? 24 * 60 * 60),
      };
      await delegate.upsert({ where: { id }, create: { id, ...data }, update: data });
    },
    async find(id) {
      const row = await delegate.findFirst({ where: { id, tenantId } });
      if (!row || isExpired(row.expiresAt)) return undefined;
      return withConsumed(row.payload, row.consumedAt);
    },
    async consume(id) {
      await delegate.updateMany({
        where: { id, tenantId, consumedAt: null },
        data: { consumedAt: new Date() },
      });
    },
    async destroy(id) {
      await delegate.deleteMany({ where: { id, tenantId } });
    },
    revokeByGrantId: (grantId) => revokeGrantEverywhere(prisma, tenantId, grantId),
    findByUserCode: unsupported,
    findByUid: unsupported,
  };
}

function grantAdapter(prisma: PrismaClient, tenantId: string): Adapter {
  return {
    async upsert(id, payload, expiresIn) {
      const scopes = Object.values((payload.openid as { scope?: string } | undefined) ?? {}).join(
        " ",
      );
      const data = {
        tenantId,
        guestUserId: payload.accountId ?? null,
        clientId: payload.clientId ?? "",
        scopes: scopes.split(" ").filter(Boolean),
        payload: payload as Json,
        expiresAt: expiresIn ? expiry(expiresIn) : null,
      };
      await prisma.oidcGrant.upsert({ where: { id }, create: { id, ...data }, update: data });
    },
    async find(id) {
      const row = await prisma.oidcGrant.findFirst({ where: { id, tenantId } });
      if (!row || isExpired(row.expiresAt)) return undefined;
      return row.payload as AdapterPayload;
    },
    async destroy(id) {
      await prisma.oidcGrant.deleteMany({ where: { id, tenantId } });
    },
    revokeByGrantId: (grantId) => revokeGrantEverywhere(prisma, tenantId, grantId),
    consume: unsupported,
    findByUserCode: unsupported,
    findByUid: unsupported,
  };
}

function artifactAdapter(prisma: PrismaClient, tenantId: string, kind: string): Adapter {
  const byId = (id: string) => ({ tenantId_kind_id: { tenantId, kind, id } });
  const found = (
    row: { payload: unknown; expiresAt: Date | null; consumedAt: Date | null } | null,
  ) => (!row || isExpired(row.expiresAt) ? undefined : withConsumed(row.payload, row.consumedAt));
  return {
    async upsert(id, payload, expiresIn) {
      const data = {
        payload: payload as Json,
        grantId: payload.grantId ?? null,
        uid: payload.uid ?? null,
        expiresAt: expiresIn ? expiry(expiresIn) : null,
      };
      await prisma.oidcArtifact.upsert({
        where: byId(id),
        create: { tenantId, kind, id, ...data },
        update: data,
      });
    },
    async find(id) {
      return found(await prisma.oidcArtifact.findUnique({ where: byId(id) }));
    },
    async findByUid(uid) {
      return found(await prisma.oidcArtifact.findFirst({ where: { tenantId, kind, uid } }));
    },
    async consume(id) {
      await prisma.oidcArtifact.updateMany({
        where: { tenantId, kind, id, consumedAt: null },
        data: { consumedAt: new Date() },
      });
    },
    async destroy(id) {
      await prisma.oidcArtifact.deleteMany({ where: { tenantId, kind, id } });
    },
    revokeByGrantId: (grantId) => revokeGrantEverywhere(prisma, tenantId, grantId),
    findByUserCode: unsupported,
  };
}

/** Removes what oidc-provider no longer needs; run periodically by the hosted server. */
export async function deleteExpiredOidcArtifacts(prisma: PrismaClient): Promise<number> {
  const now = new Date();
  const results = await prisma.$transaction([
    prisma.oidcArtifact.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.authorizationCode.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.refreshToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.oidcGrant.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return results.reduce((sum, result) => sum + result.count, 0);
}
