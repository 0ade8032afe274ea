import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { SECOND_FACTOR_SUMMARY } from "../second-factors/second-factor-summary";
import { AppError } from "../errors/app-error";
import { isBuiltInColumn, type StoredAttributeValue } from "./attribute-values";
import { countGuestSessions } from "./end-guest-sessions";

export const GUEST_NOT_FOUND = "There is no such guest user in this tenant.";

/**
 * Everything an admin sees on a user's page: typed attribute values, identities,
 * the flow and application that created the account, the API connector calls
 * made during their sign-up, the terms they accepted, open sessions, and the audit trail.
 */
export async function getGuestUser(prisma: PrismaClient, access: TenantAccess, id: string) {
  const tenantId = access.tenant.id;
  const found = await prisma.guestUser.findFirst({
    where: { id, tenantId },
    include: {
      userFlow: { select: { id: true, name: true } },
      application: { select: { id: true, name: true, clientId: true } },
      identities: {
        include: { identityProvider: { select: { id: true, displayName: true, type: true } } },
        orderBy: { createdAt: "asc" },
      },
      termsAcceptances: {
        select: {
          id: true,
          version: true,
          acceptedAt: true,
          clientIp: true,
          document: { select: { id: true, name: true } },
          termsVersion: { select: { title: true } },
        },
        orderBy: { acceptedAt: "desc" },
      },
      ...SECOND_FACTOR_SUMMARY,
    },
  });
  if (!found) throw new AppError("not_found", GUEST_NOT_FOUND);
  const { passwordHash, authenticators, _count, ...guest } = found;

  const [definitions, connectorCalls, auditEvents, sessions] = await Promise.all([
    prisma.userAttribute.findMany({
      where: { tenantId },
      orderBy: [{ builtIn: "desc" }, { name: "asc" }],
    }),
    prisma.apiConnectorCall.findMany({
      where: { tenantId, journey: { guestUserId: id } },
      include: { apiConnector: { select: { id: true, displayName: true } } },
      orderBy: { createdAt: "asc" },
      take: 100,
    }),
    prisma.auditEvent.findMany({
      where: { tenantId, targetType: "GuestUser", targetId: id },
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    countGuestSessions(prisma, tenantId, id),
  ]);

  const custom = guest.attributes as Record<string, StoredAttributeValue>;
  const attributes = definitions.map((definition) => ({
    name: definition.name,
    dataType: definition.dataType,
    builtIn: definition.builtIn,
    description: definition.description,
    value: isBuiltInColumn(definition.name)
      ? (guest[definition.name] ?? null)
      : (custom[definition.name] ?? null),
  }));

  return {
    ...guest,
    attributeValues: attributes,
    hasPassword: passwordHash !== null,
    secondFactors: authenticators,
    recoveryCodesLeft: _count.recoveryCodes,
    openSessions: sessions,
    connectorCalls: connectorCalls.map((call) => ({
      id: call.id,
      connector: call.apiConnector,
      step: call.step,
      attempt: call.attempt,
      httpStatus: call.httpStatus,
      outcome: call.outcome,
      latencyMs: call.latencyMs,
      userMessage: call.userMessage,
      failureReason: call.failureReason,
      createdAt: call.createdAt,
    })),
    auditEvents,
  };
}
