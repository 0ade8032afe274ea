import { recordAuditEvent } from "../audit/record-audit-event";
import { textFor } from "../i18n/text";
import { hashPassword, verifyPassword } from "../crypto/password-hash";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { guestPasswordSchema } from "../passwords/password-policy";
import { throttledPasswordCheck } from "../passwords/sign-in-throttle";
import { rateLimitMessageOrThrow } from "../rate-limits/abuse-limits";
import type { AccountHolder } from "./account-holder";
import { ACCOUNT_GONE } from "./my-account-view";
import { ACCOUNT_CLIENT_ID } from "./account-client";
import { endOtherGuestSessions } from "../guests/end-guest-sessions";

export type PasswordChangeResult =
  { status: "saved"; added: boolean } | { status: "invalid"; fieldErrors: Record<string, string> };

/**
 * Sets a new password: with the current one when there is one (checked under
 * the failed-sign-in limits, so the page cannot be used to guess it), added
 * when the account had none (a federated or email-code account gains a way
 * in). Only where a flow of the tenant offers passwords. The write names the
 * hash it replaces, so of two parallel changes one wins and the other is
 * told; every other session and token of the person ends, and the audit
 * event commits with it.
 */
export async function changeMyPassword(
  prisma: PrismaClient,
  holder: AccountHolder,
  input: { currentPassword?: string; newPassword: string },
): Promise<PasswordChangeResult> {
  const { tenantId, guestUserId } = holder;
  const guest = await prisma.guestUser.findFirst({
    where: { id: guestUserId, tenantId, status: "ACTIVE" },
    include: { tenant: { select: { slug: true } } },
  });
  if (!guest) throw new AppError("unauthenticated", ACCOUNT_GONE);
  const provider = await prisma.identityProvider.findFirst({
    where: {
      tenantId,
      type: "EMAIL_PASSWORD",
      enabled: true,
      userFlows: { some: { userFlow: { enabled: true } } },
    },
    select: { id: true },
  });
  if (!provider) throw new AppError("forbidden", "Passwords are not used to sign in here.");
  const text = textFor(holder.locale);

  if (guest.passwordHash) {
    const current = input.currentPassword ?? "";
    let matches: true | null;
    try {
      matches = await throttledPasswordCheck(
        `guest:${tenantId}`,
        { email: guest.email, requestIp: holder.requestIp },
        async () => ((await verifyPassword(guest.passwordHash!, current)) ? true : null),
      );
    } catch (error) {
      return {
        status: "invalid",
        fieldErrors: { currentPassword: rateLimitMessageOrThrow(error, text) },
      };
    }
    if (!matches)
      return {
        status: "invalid",
        fieldErrors: { currentPassword: text("accountMessages.wrongCurrentPassword") },
      };
  }
  const parsed = guestPasswordSchema(guest.email, text).safeParse(input.newPassword);
  if (!parsed.success)
    return { status: "invalid", fieldErrors: { newPassword: parsed.error.issues[0]!.message } };

  const passwordHash = await hashPassword(parsed.data);
  const added = guest.passwordHash === null;
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.guestUser.updateMany({
      where: { id: guestUserId, tenantId, status: "ACTIVE", passwordHash: guest.passwordHash },
      data: { passwordHash },
    });
    if (count !== 1)
      throw new AppError("conflict", "Your password was changed meanwhile. Reload the page.");
    // Whoever else knew the old password, or holds a session, is signed out; this browser stays.
    if (holder.sid)
      await endOtherGuestSessions(tx, tenantId, guestUserId, {
        clientId: ACCOUNT_CLIENT_ID,
        sid: holder.sid,
      });
    // The address becomes an identity of its own, as at a password sign-up.
    await tx.guestIdentity.upsert({
      where: {
        tenantId_issuer_issuerAssignedId: {
          tenantId,
          issuer: guest.tenant.slug,
          issuerAssignedId: guest.email,
        },
      },
      create: {
        tenantId,
        guestUserId,
        signInType: "emailAddress",
        issuer: guest.tenant.slug,
        issuerAssignedId: guest.email,
        identityProviderId: provider.id,
      },
      update: {},
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorType: "GUEST_USER",
      actorId: guestUserId,
      action: added ? "guest.password_added" : "guest.password_changed",
      targetType: "GuestUser",
      targetId: guestUserId,
      ip: holder.requestIp,
    });
  });
  return { status: "saved", added };
}
