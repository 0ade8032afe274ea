import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { INVITATION_UNUSABLE, invitationTokenHash } from "./operator-invitation-token";

/** The invitation behind a link, if it can still be accepted. */
export async function findOperatorInvitation(prisma: PrismaClient, token: string) {
  const invitation = await prisma.operatorInvitation.findUnique({
    where: { tokenHash: invitationTokenHash(token) },
    include: { tenant: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= Date.now()) {
    throw new AppError("not_found", INVITATION_UNUSABLE);
  }
  const accountExists = (await prisma.operator.count({ where: { email: invitation.email } })) > 0;
  return {
    email: invitation.email,
    role: invitation.role,
    tenantName: invitation.tenant.name,
    tenantSlug: invitation.tenant.slug,
    accountExists,
  };
}
