import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { Prisma } from "../generated/prisma/client";
import { coerceAttributeValue, isBuiltInColumn } from "./attribute-values";
import {
  ZGuestDirectoryQuery,
  type GuestDirectorySort,
  type TGuestDirectoryFilters,
  type TGuestDirectoryQuery,
} from "./guest-schemas";

const SORT_SQL: Record<GuestDirectorySort, { column: "createdAt" | "email"; desc: boolean }> = {
  "createdAt:desc": { column: "createdAt", desc: true },
  "createdAt:asc": { column: "createdAt", desc: false },
  "email:asc": { column: "email", desc: false },
  "email:desc": { column: "email", desc: true },
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The SQL conditions of the directory's filters, always within the tenant.
 * Each one has an index behind it (see schema.prisma): trigram indexes for
 * the text search, jsonb_path_ops for attribute values.
 */
export async function directoryConditions(
  prisma: PrismaClient,
  tenantId: string,
  filters: TGuestDirectoryFilters,
): Promise<Prisma.Sql[]> {
  const conditions = [Prisma.sql`g."tenantId" = ${tenantId}::uuid`];
  if (filters.q) {
    const contains = `%${escapeLike(filters.q)}%`;
    conditions.push(Prisma.sql`(
      g.email LIKE ${`${escapeLike(filters.q.toLowerCase())}%`}
      OR g."displayName" ILIKE ${contains}
      OR g."givenName" ILIKE ${contains}
      OR g.surname ILIKE ${contains})`);
  }
  if (filters.userFlowId) conditions.push(Prisma.sql`g."userFlowId" = ${filters.userFlowId}::uuid`);
  if (filters.identityProviderId)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "GuestIdentity" i
      WHERE i."tenantId" = ${tenantId}::uuid
        AND i."identityProviderId" = ${filters.identityProviderId}::uuid
        AND i."guestUserId" = g.id)`);
  if (filters.status) conditions.push(Prisma.sql`g.status = ${filters.status}::"GuestUserState"`);
  if (filters.createdFrom)
    conditions.push(Prisma.sql`g."createdAt" >= ${new Date(`${filters.createdFrom}T00:00:00Z`)}`);
  if (filters.createdTo)
    conditions.push(
      Prisma.sql`g."createdAt" < ${new Date(Date.parse(`${filters.createdTo}T00:00:00Z`) + DAY_MS)}`,
    );
  if (filters.attribute) conditions.push(await attributeCondition(prisma, tenantId, filters));
  return conditions;
}

async function attributeCondition(
  prisma: PrismaClient,
  tenantId: string,
  { attribute, value }: TGuestDirectoryFilters,
): Promise<Prisma.Sql> {
  const definition = await prisma.userAttribute.findFirst({
    where: { tenantId, name: attribute },
  });
  if (!definition)
    throw new AppError("invalid_input", `There is no attribute named "${attribute}".`, {
      fieldIssues: [{ path: "attribute", message: "Choose one of the tenant's attributes." }],
    });
  const coerced = coerceAttributeValue(definition.dataType, value ?? null);
  if ("error" in coerced)
    throw new AppError("invalid_input", coerced.error, {
      fieldIssues: [{ path: "value", message: coerced.error }],
    });
  if (isBuiltInColumn(definition.name)) {
    const column = Prisma.raw(`g."${definition.name}"`);
    return coerced.value === null
      ? Prisma.sql`${column} IS NULL`
      : Prisma.sql`lower(${column}) = lower(${String(coerced.value)})`;
  }
  return coerced.value === null
    ? Prisma.sql`NOT (g.attributes ? ${definition.name})`
    : Prisma.sql`g.attributes @> ${JSON.stringify({ [definition.name]: coerced.value })}::jsonb`;
}

function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString("base64url");
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      decoded.every((part) => typeof part === "string")
    )
      return decoded as [string, string];
  } catch {
    // falls through to the error below
  }
  throw new AppError(
    "invalid_input",
    "This page link is no longer valid; start from the first page.",
    {
      fieldIssues: [{ path: "cursor", message: "Not a cursor this API gave out." }],
    },
  );
}

/**
 * One page of the tenant's guest users, in a stable order, after the cursor
 * (keyset pagination: each page costs the same however deep it is).
 * Returns the ids in order; callers load what they show.
 */
export async function directoryPage(
  prisma: PrismaClient,
  tenantId: string,
  input: TGuestDirectoryQuery,
): Promise<{ ids: string[]; nextCursor: string | null }> {
  const query = ZGuestDirectoryQuery.parse(input);
  const conditions = await directoryConditions(prisma, tenantId, query);
  const sort = SORT_SQL[query.sort];
  const column = Prisma.raw(`g."${sort.column}"`);
  const direction = Prisma.raw(sort.desc ? "DESC" : "ASC");
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor);
    const typed =
      sort.column === "createdAt" ? Prisma.sql`${new Date(value)}` : Prisma.sql`${value}`;
    conditions.push(
      sort.desc
        ? Prisma.sql`(${column}, g.id) < (${typed}, ${id}::uuid)`
        : Prisma.sql`(${column}, g.id) > (${typed}, ${id}::uuid)`,
    );
  }
  const rows = await prisma.$queryRaw<{ id: string; createdAt: Date; email: string }[]>`
    SELECT g.id, g."createdAt", g.email FROM "GuestUser" g
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${column} ${direction}, g.id ${direction}
    LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor(
          sort.column === "createdAt" ? last.createdAt.toISOString() : last.email,
          last.id,
        )
      : null;
  return { ids: page.map((row) => row.id), nextCursor };
}

const LIST_INCLUDE = {
  userFlow: { select: { id: true, name: true } },
  application: { select: { id: true, name: true } },
  identities: {
    select: {
      signInType: true,
      issuer: true,
      identityProvider: { select: { id: true, displayName: true, type: true } },
    },
    orderBy: { createdAt: "asc" },
  },
  termsAcceptances: {
    select: { version: true, acceptedAt: true, document: { select: { name: true } } },
    orderBy: { acceptedAt: "asc" },
  },
} satisfies Prisma.GuestUserInclude;

export type GuestUserListItem = Awaited<ReturnType<typeof loadGuestUsers>>[number];

/** The users with these ids, in this order, as the directory and exports show them. */
export async function loadGuestUsers(prisma: PrismaClient, tenantId: string, ids: string[]) {
  const users = await prisma.guestUser.findMany({
    where: { tenantId, id: { in: ids } },
    omit: { passwordHash: true },
    include: LIST_INCLUDE,
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The directory: search, filters, sorting and keyset pagination over a tenant's guest users. */
export async function searchGuestUsers(
  prisma: PrismaClient,
  access: TenantAccess,
  query: TGuestDirectoryQuery,
) {
  const page = await directoryPage(prisma, access.tenant.id, query);
  return {
    users: await loadGuestUsers(prisma, access.tenant.id, page.ids),
    nextCursor: page.nextCursor,
  };
}
