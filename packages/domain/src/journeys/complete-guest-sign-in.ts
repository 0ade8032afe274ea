import { recordAuditEvent } from "../audit/record-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import type { JourneyData } from "./journey-data";
import { transitionJourney, type ActionJourney } from "./journey-store";
import { signInOutcome } from "./sign-in-outcome";

export interface GuestSignIn {
  guestUserId: string;
  /** The journey's data to keep; the outcome is added here. */
  data: JourneyData;
  method: "email_code" | "password" | "federated" | "account_link" | "password_reset";
  /** What the same transaction does first: consume the code, replace the password... */
  before?: (tx: Prisma.TransactionClient) => Promise<void>;
}

/**
 * An existing account enters this journey: the journey completes with it,
 * and in the same transaction the account's last sign-in is set (and its
 * address marked verified when a code proved it), an upstream identity that
 * waited for that proof is linked, and the audit log records it. Refused if
 * the account was blocked in the meantime.
 */
export async function completeGuestSignIn(
  prisma: PrismaClient,
  journey: ActionJourney,
  signIn: GuestSignIn,
): Promise<void> {
  const { guestUserId, data, method } = signIn;
  const proved =
    method === "email_code" || method === "account_link" || method === "password_reset";
  await transitionJourney(
    prisma,
    journey,
    {
      state: "COMPLETED",
      guestUserId,
      data: { ...data, outcome: signInOutcome(guestUserId, data) },
    },
    async (tx) => {
      await signIn.before?.(tx);
      const { count } = await tx.guestUser.updateMany({
        where: { id: guestUserId, tenantId: journey.tenantId, status: "ACTIVE" },
        data: { lastSignInAt: new Date(), ...(proved ? { emailVerified: true } : {}) },
      });
      if (count !== 1) throw new AppError("conflict", "This account can no longer sign in.");
      if (method === "account_link" && data.upstream) {
        await linkUpstreamIdentity(tx, journey.tenantId, guestUserId, data.upstream);
      }
      await recordAuditEvent(tx, {
        tenantId: journey.tenantId,
        actorType: "GUEST_USER",
        actorId: guestUserId,
        action: "guest.signed_in",
        targetType: "GuestUser",
        targetId: guestUserId,
        details: { method },
      });
    },
  );
}

/** The code proved the address of an existing account: the upstream identity joins it. */
async function linkUpstreamIdentity(
  tx: Prisma.TransactionClient,
  tenantId: string,
  guestUserId: string,
  upstream: NonNullable<JourneyData["upstream"]>,
) {
  const identity = await tx.guestIdentity.upsert({
    where: {
      tenantId_issuer_issuerAssignedId: {
        tenantId,
        issuer: upstream.issuer,
        issuerAssignedId: upstream.subject,
      },
    },
    create: {
      tenantId,
      guestUserId,
      identityProviderId: upstream.identityProviderId,
      signInType: "federated",
      issuer: upstream.issuer,
      issuerAssignedId: upstream.subject,
    },
    update: {},
  });
  // The upstream identity was linked to another account meanwhile: never move it silently.
  if (identity.guestUserId !== guestUserId)
    throw new AppError("conflict", "This identity is already linked to another account.");
  await recordAuditEvent(tx, {
    tenantId,
    actorType: "GUEST_USER",
    actorId: guestUserId,
    action: "guest.identity_linked",
    targetType: "GuestUser",
    targetId: guestUserId,
    details: { issuer: upstream.issuer },
  });
}
