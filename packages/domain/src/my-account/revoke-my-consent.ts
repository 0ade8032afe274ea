import { recordAuditEvent } from "../audit/record-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ACCOUNT_CLIENT_ID } from "./account-client";
import type { AccountHolder } from "./account-holder";

/**
 * Withdraws the person's consent to one application: the remembered consent,
 * and every grant the application holds for them with its codes and tokens,
 * in one transaction with the audit event. The application asks again at the
 * next sign-in.
 */
export async function revokeMyConsent(
  prisma: PrismaClient,
  holder: AccountHolder,
  clientId: string,
): Promise<void> {
  const { tenantId, guestUserId } = holder;
  if (clientId === ACCOUNT_CLIENT_ID)
    throw new AppError("not_found", "You have not allowed that application.");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.applicationConsent.deleteMany({
      where: { tenantId, guestUserId, clientId },
    });
    if (count === 0) throw new AppError("not_found", "You have not allowed that application.");
    const grants = await tx.oidcGrant.findMany({
      where: { tenantId, guestUserId, clientId },
      select: { id: true },
    });
    const grantIds = grants.map((grant) => grant.id);
    await tx.authorizationCode.deleteMany({ where: { tenantId, grantId: { in: grantIds } } });
    await tx.refreshToken.deleteMany({ where: { tenantId, grantId: { in: grantIds } } });
    await tx.oidcArtifact.deleteMany({ where: { tenantId, grantId: { in: grantIds } } });
    await tx.oidcGrant.deleteMany({ where: { tenantId, id: { in: grantIds } } });
    const application = await tx.application.findFirst({
      where: { tenantId, clientId },
      select: { name: true },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorType: "GUEST_USER",
      actorId: guestUserId,
      action: "guest.consent_revoked",
      targetType: "GuestUser",
      targetId: guestUserId,
      details: { clientId, application: application?.name ?? null },
      ip: holder.requestIp,
    });
  });
}
