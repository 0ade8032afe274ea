import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import { ZInvitationListQuery, type TInvitationListQuery } from "./invitation-schemas";
import { INVITATION_SELECT, invitationView } from "./invitation-view";

const encodeCursor = (createdAt: Date, id: string) =>
  Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [
      string,
      string,
    ];
    const moment = new Date(createdAt);
    if (typeof id === "string" && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(moment.getTime()))
      return { createdAt: moment, id };
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

function statusCondition(
  status: NonNullable<TInvitationListQuery["status"]>,
  now: Date,
): Prisma.GuestInvitationWhereInput {
  switch (status) {
    case "PENDING":
      return { status: "PENDING", expiresAt: { gt: now } };
    case "EXPIRED":
      return { status: "PENDING", expiresAt: { lte: now } };
    default:
      return { status };
  }
}

/** The tenant's invitations, newest first, filtered by status, application and address, a page at a time. */
export async function listGuestInvitations(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TInvitationListQuery,
) {
  const query = ZInvitationListQuery.parse(input);
  const now = new Date();
  const conditions: Prisma.GuestInvitationWhereInput[] = [{ tenantId: access.tenant.id }];
  if (query.status) conditions.push(statusCondition(query.status, now));
  if (query.applicationId) conditions.push({ applicationId: query.applicationId });
  if (query.q) conditions.push({ email: { contains: query.q.toLowerCase() } });
  if (query.cursor) {
    const { createdAt, id } = decodeCursor(query.cursor);
    conditions.push({
      OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }],
    });
  }
  const rows = await prisma.guestInvitation.findMany({
    where: { AND: conditions },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: INVITATION_SELECT,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    invitations: page.map(invitationView),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
