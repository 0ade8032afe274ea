import { assertCan, type TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { SECOND_FACTOR_SUMMARY } from "../second-factors/second-factor-summary";
import { AppError } from "../errors/app-error";
import { countGuestSessions } from "./end-guest-sessions";
import { GUEST_NOT_FOUND } from "./guest-details";

/** How many of a person's own events (sign-ins, sign-up, changes to them) the export carries. */
const HISTORY_LIMIT = 1000;

/**
 * Everything the tenant holds about one guest user, as one JSON document
 * (the right of access). Personal data in bulk: only roles that manage guest
 * users may take it; people take their own from their account page.
 */
export async function exportGuestData(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "guestUsers.manage");
  return guestDataDocument(prisma, access.tenant, id);
}

/**
 * The document itself: the profile and attribute values, identities,
 * consents, terms accepted, invitations, open sessions, and their history in
 * the audit log. The password's hash is never part of it.
 */
export async function guestDataDocument(
  prisma: PrismaClient,
  tenant: { id: string; slug: string; name: string },
  id: string,
) {
  const tenantId = tenant.id;
  const guest = await prisma.guestUser.findFirst({
    where: { id, tenantId },
    include: {
      userFlow: { select: { name: true } },
      application: { select: { name: true, clientId: true } },
      identities: {
        select: {
          signInType: true,
          issuer: true,
          issuerAssignedId: true,
          createdAt: true,
          identityProvider: { select: { displayName: true, type: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      consents: {
        select: { clientId: true, scopes: true, createdAt: true, updatedAt: true },
        orderBy: { createdAt: "asc" },
      },
      termsAcceptances: {
        select: {
          version: true,
          acceptedAt: true,
          clientIp: true,
          document: { select: { name: true } },
          termsVersion: { select: { title: true, url: true } },
        },
        orderBy: { acceptedAt: "asc" },
      },
      ...SECOND_FACTOR_SUMMARY,
    },
  });
  if (!guest) throw new AppError("not_found", GUEST_NOT_FOUND);
  const {
    passwordHash,
    identities,
    consents,
    termsAcceptances,
    authenticators,
    _count,
    ...profile
  } = guest;
  const [invitations, history, openSessions] = await Promise.all([
    prisma.guestInvitation.findMany({
      where: { tenantId, email: guest.email },
      select: {
        status: true,
        attributes: true,
        message: true,
        expiresAt: true,
        invitedByName: true,
        createdAt: true,
        acceptedAt: true,
        application: { select: { name: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    prisma.auditEvent.findMany({
      where: { tenantId, OR: [{ targetType: "GuestUser", targetId: id }, { actorId: id }] },
      select: { action: true, actorType: true, details: true, ip: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: HISTORY_LIMIT,
    }),
    countGuestSessions(prisma, tenantId, id),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    tenant: { slug: tenant.slug, name: tenant.name },
    profile: { ...profile, hasPassword: passwordHash !== null },
    identities,
    secondFactors: { authenticators, recoveryCodesLeft: _count.recoveryCodes },
    consents,
    termsAcceptances,
    invitations,
    openSessions,
    history,
  };
}
