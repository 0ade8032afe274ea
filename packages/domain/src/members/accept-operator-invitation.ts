import { recordChange } from "../audit/record-change";
import { hashPassword } from "../crypto/password-hash";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZNewOperatorDetails, type TNewOperatorDetails } from "./member-schemas";
import { INVITATION_UNUSABLE, invitationTokenHash } from "./operator-invitation-token";

/**
 * Accepts an invitation: a signed-in operator with the invited address joins;
 * someone without an account creates one (name and password) and joins.
 * Consumed atomically: a link works once.
 */
export async function acceptOperatorInvitation(
  prisma: PrismaClient,
  token: string,
  who: { operatorId: string } | { newOperator: TNewOperatorDetails },
): Promise<{ tenantSlug: string; operatorId: string }> {
  const details = "newOperator" in who ? ZNewOperatorDetails.parse(who.newOperator) : null;
  const passwordHash = details ? await hashPassword(details.password) : null;
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.operatorInvitation.findUnique({
      where: { tokenHash: invitationTokenHash(token) },
      include: { tenant: true },
    });
    const { count } = await tx.operatorInvitation.updateMany({
      where: {
        tokenHash: invitationTokenHash(token),
        acceptedAt: null,
        expiresAt: { gt: new Date() },
      },
      data: { acceptedAt: new Date() },
    });
    if (!invitation || count !== 1) throw new AppError("not_found", INVITATION_UNUSABLE);

    let operatorId: string;
    if ("operatorId" in who) {
      const operator = await tx.operator.findUniqueOrThrow({ where: { id: who.operatorId } });
      if (operator.email !== invitation.email) {
        throw new AppError(
          "forbidden",
          `This invitation is for ${invitation.email}. Sign in with that address to accept it.`,
        );
      }
      operatorId = operator.id;
    } else {
      if (await tx.operator.count({ where: { email: invitation.email } })) {
        throw new AppError(
          "conflict",
          `An account for ${invitation.email} exists: sign in first, then open the link again.`,
        );
      }
      operatorId = (
        await tx.operator.create({
          data: {
            email: invitation.email,
            displayName: details!.displayName,
            passwordHash: passwordHash!,
          },
        })
      ).id;
    }
    await tx.tenantMembership.upsert({
      where: { tenantId_operatorId: { tenantId: invitation.tenantId, operatorId } },
      create: { tenantId: invitation.tenantId, operatorId, role: invitation.role },
      update: { role: invitation.role },
    });
    await recordChange(
      tx,
      {
        tenant: invitation.tenant,
        role: invitation.role,
        actor: { type: "OPERATOR", id: operatorId },
      },
      {
        action: "member.joined",
        targetType: "Operator",
        targetId: operatorId,
        after: { email: invitation.email, role: invitation.role },
      },
    );
    return { tenantSlug: invitation.tenant.slug, operatorId };
  });
}
