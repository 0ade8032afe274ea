import { createHash, randomBytes } from "node:crypto";
import type { TenantAccess } from "../access/tenant-access";
import { assertCan } from "../access/tenant-access";
import { ROLE_LABELS } from "../access/permissions";
import { recordChange } from "../audit/record-change";
import { hashPassword } from "../crypto/password-hash";
import type { PrismaClient } from "../database/prisma-client";
import { escapeHtml } from "../web-security/escape-html";
import { sendEmail, type EmailSettings } from "../email/send-email";
import { AppError } from "../errors/app-error";
import type { TenantRole } from "../generated/prisma/enums";
import {
  ZInviteOperatorInput,
  ZNewOperatorDetails,
  type TInviteOperatorInput,
  type TNewOperatorDetails,
} from "./member-schemas";

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function listMembers(prisma: PrismaClient, access: TenantAccess) {
  const [members, invitations] = await Promise.all([
    prisma.tenantMembership.findMany({
      where: { tenantId: access.tenant.id },
      include: { operator: { select: { email: true, displayName: true } } },
      orderBy: { createdAt: "asc" },
    }),
    prisma.operatorInvitation.findMany({
      where: { tenantId: access.tenant.id, acceptedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    members: members.map((m) => ({
      id: m.id,
      operatorId: m.operatorId,
      email: m.operator.email,
      displayName: m.operator.displayName,
      role: m.role,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt,
    })),
  };
}

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

  const token = randomBytes(32).toString("base64url");
  const invitation = await prisma.operatorInvitation.create({
    data: {
      tenantId: access.tenant.id,
      email,
      role,
      tokenHash: tokenHash(token),
      invitedById: access.actor.type === "OPERATOR" ? access.actor.id : null,
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    },
  });
  const link = `${settings.adminUrl.replace(/\/+$/, "")}/invitations/${token}`;
  await sendEmail(prisma, settings.email, {
    tenantId: access.tenant.id,
    to: email,
    subject: `You are invited to administer ${access.tenant.name} on Guestlist`,
    text: `You have been invited to the tenant ${access.tenant.name} as ${ROLE_LABELS[role]}.\n\nAccept within 7 days: ${link}\n\nIf you did not expect this, ignore this email.`,
    html: `<p>You have been invited to the tenant <strong>${escapeHtml(access.tenant.name)}</strong> as ${ROLE_LABELS[role]}.</p><p><a href="${escapeHtml(link)}">Accept the invitation</a> within 7 days.</p><p>If you did not expect this, ignore this email.</p>`,
  });
  await recordChange(prisma, access, {
    action: "member.invited",
    targetType: "OperatorInvitation",
    targetId: invitation.id,
    after: { email, role },
  });
  return invitation;
}

/** The invitation behind a link, if it can still be accepted. */
export async function findInvitation(prisma: PrismaClient, token: string) {
  const invitation = await prisma.operatorInvitation.findUnique({
    where: { tokenHash: tokenHash(token) },
    include: { tenant: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= Date.now()) {
    throw new AppError(
      "not_found",
      "This invitation has expired or was already used. Ask for a new one.",
    );
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

/**
 * Accepts an invitation: a signed-in operator with the invited address joins;
 * someone without an account creates one (name and password) and joins.
 * Consumed atomically: a link works once.
 */
export async function acceptInvitation(
  prisma: PrismaClient,
  token: string,
  who: { operatorId: string } | { newOperator: TNewOperatorDetails },
): Promise<{ tenantSlug: string; operatorId: string }> {
  const details = "newOperator" in who ? ZNewOperatorDetails.parse(who.newOperator) : null;
  const passwordHash = details ? await hashPassword(details.password) : null;
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.operatorInvitation.findUnique({
      where: { tokenHash: tokenHash(token) },
      include: { tenant: true },
    });
    const { count } = await tx.operatorInvitation.updateMany({
      where: { tokenHash: tokenHash(token), acceptedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (!invitation || count !== 1)
      throw new AppError(
        "not_found",
        "This invitation has expired or was already used. Ask for a new one.",
      );

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
      tx as PrismaClient,
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

async function membershipOf(prisma: PrismaClient, access: TenantAccess, membershipId: string) {
  const membership = await prisma.tenantMembership.findFirst({
    where: { id: membershipId, tenantId: access.tenant.id },
    include: { operator: true },
  });
  if (!membership) throw new AppError("not_found", "There is no such member in this tenant.");
  return membership;
}

async function assertNotLastOwner(
  prisma: PrismaClient,
  tenantId: string,
  membership: { role: TenantRole },
) {
  if (membership.role !== "OWNER") return;
  if ((await prisma.tenantMembership.count({ where: { tenantId, role: "OWNER" } })) <= 1) {
    throw new AppError(
      "conflict",
      "A tenant needs at least one owner: make someone else owner first.",
    );
  }
}

export async function changeMemberRole(
  prisma: PrismaClient,
  access: TenantAccess,
  membershipId: string,
  role: TenantRole,
) {
  assertCan(access, "members.manage");
  const membership = await membershipOf(prisma, access, membershipId);
  if (role !== "OWNER") await assertNotLastOwner(prisma, access.tenant.id, membership);
  await prisma.tenantMembership.update({ where: { id: membershipId }, data: { role } });
  await recordChange(prisma, access, {
    action: "member.roleChanged",
    targetType: "Operator",
    targetId: membership.operatorId,
    before: { email: membership.operator.email, role: membership.role },
    after: { role },
  });
}

export async function removeMember(
  prisma: PrismaClient,
  access: TenantAccess,
  membershipId: string,
) {
  assertCan(access, "members.manage");
  const membership = await membershipOf(prisma, access, membershipId);
  await assertNotLastOwner(prisma, access.tenant.id, membership);
  await prisma.tenantMembership.delete({ where: { id: membershipId } });
  await recordChange(prisma, access, {
    action: "member.removed",
    targetType: "Operator",
    targetId: membership.operatorId,
    before: { email: membership.operator.email, role: membership.role },
  });
}
