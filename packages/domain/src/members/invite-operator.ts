import { assertCan, type TenantAccess } from "../access/tenant-access";
import { ROLE_LABELS } from "../access/permissions";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { recordEmail, type EmailSettings } from "../email/send-email";
import { AppError } from "../errors/app-error";
import { escapeHtml } from "../web-security/escape-html";
import { ZInviteOperatorInput, type TInviteOperatorInput } from "./member-schemas";
import {
  OPERATOR_INVITATION_LIFETIME_MS,
  invitationTokenHash,
  newInvitationToken,
} from "./operator-invitation-token";

/** Emails a one-time link (valid 7 days; only its hash is stored) that adds the person with the role. */
export async function inviteOperator(
  prisma: PrismaClient,
  access: TenantAccess,
  settings: { email: EmailSettings; adminUrl: string },
  input: TInviteOperatorInput,
) {
  assertCan(access, "members.manage");
  const { email, role } = ZInviteOperatorInput.parse(input);
  const existing = await prisma.tenantMembership.findFirst({
    where: { tenantId: access.tenant.id, operator: { email } },
  });
  if (existing)
    throw new AppError("conflict", `${email} is already a member of this tenant.`, {
      fieldIssues: [{ path: "email", message: "Already a member." }],
    });

  const token = newInvitationToken();
  const invitation = await prisma.$transaction(async (tx) => {
    const invitation = await tx.operatorInvitation.create({
      data: {
        tenantId: access.tenant.id,
        email,
        role,
        tokenHash: invitationTokenHash(token),
        invitedById: access.actor.type === "OPERATOR" ? access.actor.id : null,
        expiresAt: new Date(Date.now() + OPERATOR_INVITATION_LIFETIME_MS),
      },
    });
    await recordChange(tx, access, {
      action: "member.invited",
      targetType: "OperatorInvitation",
      targetId: invitation.id,
      after: { email, role },
    });
    return invitation;
  });
  const link = `${settings.adminUrl.replace(/\/+$/, "")}/invitations/${token}`;
  await recordEmail(sqlPool(), settings.email, {
    tenantId: access.tenant.id,
    to: email,
    subject: `You are invited to administer ${access.tenant.name} on Guestlist`,
    text: `You have been invited to the tenant ${access.tenant.name} as ${ROLE_LABELS[role]}.\n\nAccept within 7 days: ${link}\n\nIf you did not expect this, ignore this email.`,
    html: `<p>You have been invited to the tenant <strong>${escapeHtml(access.tenant.name)}</strong> as ${ROLE_LABELS[role]}.</p><p><a href="${escapeHtml(link)}">Accept the invitation</a> within 7 days.</p><p>If you did not expect this, ignore this email.</p>`,
  });
  return invitation;
}
