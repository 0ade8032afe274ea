import type { Text } from "../i18n/text";
import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import { insertAuditEvent } from "../audit/insert-audit-event";
import type { Tenant, UserFlow } from "../generated/prisma/client";
import { emailDomainAllowed } from "./sign-up-policy";

export interface SignUpJourney {
  tenantId: string;
  applicationId: string | null;
  tenant: Pick<Tenant, "selfServiceSignUpEnabled" | "signUpDomainPolicy" | "signUpDomains">;
  userFlow: Pick<UserFlow, "enabled" | "invitationOnly"> | null;
  data: { accountPage?: boolean };
}

export type SignUpAdmission =
  | {
      admitted: true;
      /** The open invitation that lets this address in, with the values it pre-sets. */
      invitation: { id: string; attributes: Record<string, string | number | boolean> } | null;
    }
  | { admitted: false; reason: "closed" | "invitation_only" | "domain" | "account_page" };

/** Self-service sign-up is open on this journey's flow to anyone (the domain policy aside). */
export function selfServiceOpen(journey: Pick<SignUpJourney, "tenant" | "userFlow">): boolean {
  return (
    journey.tenant.selfServiceSignUpEnabled &&
    !!journey.userFlow?.enabled &&
    !journey.userFlow.invitationOnly
  );
}

/**
 * Whether a proven address may get an account on this journey: an open
 * invitation to the journey's application lets it in whatever the tenant's
 * self-service and domain settings say (the admin chose this person);
 * otherwise self-service must be open and the domain allowed. A disabled
 * flow admits no one, nor does the account page's sign-in.
 */
export async function admitSignUp(
  journey: SignUpJourney,
  email: string,
  pool: pg.Pool = sqlPool(),
): Promise<SignUpAdmission> {
  if (!journey.userFlow?.enabled) return { admitted: false, reason: "closed" };
  // The account page shows an account; it never creates one.
  if (journey.data.accountPage) return { admitted: false, reason: "account_page" };
  if (journey.applicationId) {
    const { rows } = await pool.query<{
      id: string;
      attributes: Record<string, string | number | boolean>;
    }>(
      `SELECT id, attributes FROM "GuestInvitation"
        WHERE "tenantId" = $1 AND "applicationId" = $2 AND email = $3
          AND status = 'PENDING' AND "expiresAt" > ${SQL_NOW}
        ORDER BY "createdAt" DESC LIMIT 1`,
      [journey.tenantId, journey.applicationId, email],
    );
    if (rows[0]) return { admitted: true, invitation: rows[0] };
  }
  if (!selfServiceOpen(journey))
    return {
      admitted: false,
      reason:
        journey.tenant.selfServiceSignUpEnabled && !journey.userFlow.invitationOnly
          ? "closed"
          : "invitation_only",
    };
  if (!emailDomainAllowed(journey.tenant, email)) return { admitted: false, reason: "domain" };
  return { admitted: true, invitation: null };
}

/** What the stop page says when a proven address may not sign up. */
export function refusalMessage(
  reason: Exclude<SignUpAdmission, { admitted: true }>["reason"],
  email: string,
  text: Text,
): string {
  const key = {
    invitation_only: "messages.refusedInvitationOnly",
    domain: "messages.refusedDomain",
    closed: "messages.refusedClosed",
    account_page: "messages.refusedAccountPage",
  } as const;
  return text(key[reason], { email });
}

export const INVITATION_WITHDRAWN =
  "Your invitation was withdrawn or has expired, so the account was not created. Ask the person who invited you for a new invitation.";

export const isInvitationWithdrawn = (error: unknown) =>
  error instanceof AppError && error.message === INVITATION_WITHDRAWN;

/**
 * The invitation that admitted this sign-up is accepted by the account it
 * created, in the account's transaction: one conditional write, so an
 * invitation revoked or expired meanwhile creates no account (and a revocation
 * racing the sign-up leaves exactly one of the two).
 */
export async function acceptInvitationAtSignUp(
  sql: pg.PoolClient,
  tenantId: string,
  invitationId: string,
  guestUserId: string,
): Promise<void> {
  const accepted = await markInvitationAccepted(sql, tenantId, invitationId, guestUserId);
  if (!accepted) throw new AppError("forbidden", INVITATION_WITHDRAWN);
}

/**
 * An invited person who already had an account signed in through the
 * invitation: it counts as accepted when it was for that account's address.
 */
export async function acceptInvitationAtSignIn(
  sql: pg.PoolClient,
  tenantId: string,
  invitationId: string,
  guestUserId: string,
): Promise<void> {
  await markInvitationAccepted(sql, tenantId, invitationId, guestUserId);
}

async function markInvitationAccepted(
  sql: pg.PoolClient,
  tenantId: string,
  invitationId: string,
  guestUserId: string,
): Promise<boolean> {
  const { rows } = await sql.query<{ email: string }>(
    `UPDATE "GuestInvitation" i
        SET status = 'ACCEPTED', "acceptedAt" = ${SQL_NOW}, "acceptedGuestUserId" = $3,
            "pendingKey" = NULL, "updatedAt" = ${SQL_NOW}
       FROM "GuestUser" g
      WHERE i.id = $1 AND i."tenantId" = $2 AND i.status = 'PENDING' AND i."expiresAt" > ${SQL_NOW}
        AND g.id = $3 AND g."tenantId" = i."tenantId" AND g.email = i.email
      RETURNING i.email`,
    [invitationId, tenantId, guestUserId],
  );
  if (!rows[0]) return false;
  await insertAuditEvent(sql, {
    tenantId,
    actorType: "GUEST_USER",
    actorId: guestUserId,
    action: "guestInvitation.accepted",
    targetType: "GuestInvitation",
    targetId: invitationId,
    details: { email: rows[0].email },
  });
  return true;
}
