import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError, type FieldIssue } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import {
  coerceAttributeValue,
  isBuiltInColumn,
  type StoredAttributeValue,
} from "./attribute-values";
import { endGuestSessions } from "./end-guest-sessions";
import { GUEST_NOT_FOUND } from "./guest-details";
import {
  ZGuestAttributeChanges,
  ZGuestUserIds,
  type TGuestAttributeChanges,
  type TGuestUserIds,
} from "./guest-schemas";

async function findGuest(
  prisma: PrismaClient | Prisma.TransactionClient,
  access: TenantAccess,
  id: string,
) {
  const guest = await prisma.guestUser.findFirst({
    where: { id, tenantId: access.tenant.id },
    omit: { passwordHash: true },
  });
  if (!guest) throw new AppError("not_found", GUEST_NOT_FOUND);
  return guest;
}

/**
 * Changes attribute values, each checked against its attribute's data type.
 * The email address is the user's sign-in name and is not edited here.
 */
export async function updateGuestUserAttributes(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TGuestAttributeChanges,
) {
  assertCan(access, "guestUsers.manage");
  const { attributes: changes } = ZGuestAttributeChanges.parse(input);
  const guest = await findGuest(prisma, access, id);
  const definitions = new Map(
    (await prisma.userAttribute.findMany({ where: { tenantId: access.tenant.id } })).map((a) => [
      a.name,
      a,
    ]),
  );

  const issues: FieldIssue[] = [];
  const columns: Record<string, StoredAttributeValue | null> = {};
  const custom = { ...(guest.attributes as Record<string, StoredAttributeValue>) };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(changes)) {
    const definition = definitions.get(name);
    const path = `attributes.${name}`;
    if (!definition) {
      issues.push({ path, message: `There is no attribute named "${name}".` });
      continue;
    }
    if (name === "email") {
      issues.push({
        path,
        message: "The email address is the user's sign-in name; it cannot be edited.",
      });
      continue;
    }
    const coerced = coerceAttributeValue(definition.dataType, raw);
    if ("error" in coerced) {
      issues.push({ path, message: coerced.error });
      continue;
    }
    const previous = isBuiltInColumn(name) ? guest[name] : custom[name];
    if ((previous ?? null) === coerced.value) continue;
    before[name] = previous ?? null;
    after[name] = coerced.value;
    if (isBuiltInColumn(name)) columns[name] = coerced.value;
    else if (coerced.value === null) delete custom[name];
    else custom[name] = coerced.value;
  }
  if (issues.length > 0)
    throw new AppError("invalid_input", "Some values do not fit their attributes.", {
      fieldIssues: issues,
    });
  if (Object.keys(after).length === 0) return guest;

  return prisma.$transaction(async (tx) => {
    const updated = await tx.guestUser.update({
      where: { id },
      data: { ...columns, attributes: custom },
      omit: { passwordHash: true },
    });
    await recordChange(tx, access, {
      action: "guestUser.updated",
      targetType: "GuestUser",
      targetId: id,
      before,
      after,
    });
    return updated;
  });
}

/** Users of this tenant among the ids; any other id (another tenant's, or none) fails the whole call. */
async function guestsOf(tx: Prisma.TransactionClient, access: TenantAccess, input: TGuestUserIds) {
  const { ids } = ZGuestUserIds.parse(input);
  const unique = [...new Set(ids)];
  const guests = await tx.guestUser.findMany({
    where: { tenantId: access.tenant.id, id: { in: unique } },
    select: { id: true, email: true, status: true },
  });
  if (guests.length !== unique.length) throw new AppError("not_found", GUEST_NOT_FOUND);
  return guests;
}

/**
 * Blocks users: they cannot sign in, and their sessions and tokens stop
 * working at once. Unblocking lets them sign in again; it restores no session.
 */
export async function setGuestUsersBlocked(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TGuestUserIds,
  blocked: boolean,
): Promise<{ changed: number }> {
  assertCan(access, "guestUsers.manage");
  return prisma.$transaction(async (tx) => {
    const guests = await guestsOf(tx, access, input);
    const target = blocked ? "BLOCKED" : "ACTIVE";
    const changing = guests.filter((guest) => guest.status !== target);
    const ids = changing.map((guest) => guest.id);
    await tx.guestUser.updateMany({
      where: { tenantId: access.tenant.id, id: { in: ids } },
      data: { status: target },
    });
    if (blocked)
      await endGuestSessions(
        tx,
        access.tenant.id,
        guests.map((guest) => guest.id),
      );
    for (const guest of changing)
      await recordChange(tx, access, {
        action: blocked ? "guestUser.blocked" : "guestUser.unblocked",
        targetType: "GuestUser",
        targetId: guest.id,
        before: { status: guest.status },
        after: { status: target },
      });
    return { changed: changing.length };
  });
}

/** Signs a user out everywhere: every session, grant and token ends; the account stays as it is. */
export async function revokeGuestUserSessions(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
): Promise<{ sessions: number }> {
  assertCan(access, "guestUsers.manage");
  return prisma.$transaction(async (tx) => {
    const [guest] = await guestsOf(tx, access, { ids: [id] });
    const ended = await endGuestSessions(tx, access.tenant.id, [guest!.id]);
    await recordChange(tx, access, {
      action: "guestUser.sessionsRevoked",
      targetType: "GuestUser",
      targetId: id,
      after: ended,
    });
    return ended;
  });
}

/**
 * Deletes users with their identities; their sessions and tokens end with
 * them, and so does what sign-in kept about them: their journeys (and the
 * codes and connector calls of those), and the emails sent to them.
 */
export async function deleteGuestUsers(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TGuestUserIds,
): Promise<{ deleted: number }> {
  assertCan(access, "guestUsers.manage");
  return prisma.$transaction(async (tx) => {
    const guests = await guestsOf(tx, access, input);
    const ids = guests.map((guest) => guest.id);
    await endGuestSessions(tx, access.tenant.id, ids);
    const tenantId = access.tenant.id;
    const emails = guests.map((guest) => guest.email);
    const journeys = {
      tenantId,
      OR: [{ guestUserId: { in: ids } }, { email: { in: emails } }],
    };
    await tx.apiConnectorCall.deleteMany({ where: { tenantId, journey: journeys } });
    await tx.journey.deleteMany({ where: journeys });
    await tx.otpChallenge.deleteMany({ where: { tenantId, email: { in: emails } } });
    await tx.emailMessage.deleteMany({ where: { tenantId, to: { in: emails } } });
    await tx.guestUser.deleteMany({ where: { tenantId: access.tenant.id, id: { in: ids } } });
    for (const guest of guests)
      await recordChange(tx, access, {
        action: "guestUser.deleted",
        targetType: "GuestUser",
        targetId: guest.id,
        before: { email: guest.email, status: guest.status },
      });
    return { deleted: guests.length };
  });
}
