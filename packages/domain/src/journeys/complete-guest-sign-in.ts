import type pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { insertAuditEvent } from "../audit/insert-audit-event";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import type { JourneyData } from "./journey-data";
import { transitionJourney, type ActionJourney } from "./journey-store";
import { signedInOutcome } from "../second-factors/authentication-context";
import { secondFactorStop } from "../second-factors/second-factor-stop";
import { sqlPool } from "../database/sql-pool";
import { termsToAccept } from "../terms/current-terms";
import { hasMissingProfileAnswers } from "./missing-profile";
import { acceptInvitationAtSignIn } from "./sign-up-admission";

export interface GuestSignIn {
  guestUserId: string;
  /** The journey's data to keep; the outcome is added here. */
  data: JourneyData;
  method: NonNullable<JourneyData["pendingSignIn"]>["method"];
  /** What the same transaction does first: consume the code, replace the password... */
  before?: (sql: pg.PoolClient) => Promise<void>;
  /** What the person just settled on the way: the flow's terms (acceptTerms), its missing answers (submitProfile). A second factor is settled by `data.secondFactorAmr`. */
  settled?: { terms?: boolean; profile?: boolean };
}

/**
 * Where a sign-in stops before it completes: a second factor to prove or to
 * set up (second-factors/second-factor-stop.ts), the flow's terms have a version
 * the person has not accepted, or (progressive profiling) the flow asks a
 * required question they never answered. Each costs a query only when the
 * flow has terms or asks for missing answers.
 */
async function stopBeforeSignIn(
  journey: ActionJourney,
  signIn: GuestSignIn,
): Promise<
  | "VERIFYING_SECOND_FACTOR"
  | "ENROLLING_SECOND_FACTOR"
  | "ACCEPTING_TERMS"
  | "COMPLETING_PROFILE"
  | null
> {
  const { guestUserId } = signIn;
  const settled = signIn.settled ?? {};
  const secondFactor = await secondFactorStop(journey, guestUserId, signIn.method, signIn.data);
  if (secondFactor) return secondFactor;
  const flowId = journey.userFlowId;
  if (!flowId) return null;
  if (!settled.terms && journey.hasTerms) {
    const pending = await termsToAccept(sqlPool(), journey.tenantId, flowId, guestUserId);
    if (pending.length > 0) return "ACCEPTING_TERMS";
  }
  if (!settled.profile && journey.userFlow?.askMissingAttributes) {
    if (await hasMissingProfileAnswers(sqlPool(), journey.tenantId, flowId, guestUserId))
      return "COMPLETING_PROFILE";
  }
  return null;
}

/**
 * An existing account enters this journey: the journey completes with it,
 * and in the same transaction the account's last sign-in is set (and its
 * address marked verified when a code proved it), an upstream identity that
 * waited for that proof is linked, and the audit log records it. Refused if
 * the account was blocked in the meantime. When the flow's terms have a
 * version the person has not accepted, or the flow asks a required question
 * they never answered, the journey stops at that page instead (with `before`
 * done), and completes once they settle it.
 */
export async function completeGuestSignIn(
  journey: ActionJourney,
  signIn: GuestSignIn,
): Promise<void> {
  const { guestUserId, data, method } = signIn;
  const stop = await stopBeforeSignIn(journey, signIn);
  if (stop) {
    await transitionJourney(
      journey,
      { state: stop, guestUserId, data: { ...data, pendingSignIn: { method } } },
      async (sql) => {
        await signIn.before?.(sql);
      },
      { durable: true },
    );
    return;
  }
  const proved =
    method === "email_code" || method === "account_link" || method === "password_reset";
  await transitionJourney(
    journey,
    {
      state: "COMPLETED",
      guestUserId,
      data: {
        ...withoutPendingSignIn(data),
        outcome: signedInOutcome(guestUserId, method, data),
      },
    },
    async (sql) => {
      await signIn.before?.(sql);
      const { rowCount } = await sql.query(
        `UPDATE "GuestUser"
            SET "lastSignInAt" = ${SQL_NOW}, "updatedAt" = ${SQL_NOW},
                "emailVerified" = "emailVerified" OR $3, locale = $4
          WHERE id = $1 AND "tenantId" = $2 AND status = 'ACTIVE'`,
        [guestUserId, journey.tenantId, proved, journey.locale],
      );
      if (rowCount !== 1) throw new AppError("conflict", "This account can no longer sign in.");
      if (data.invitation)
        await acceptInvitationAtSignIn(sql, journey.tenantId, data.invitation.id, guestUserId);
      if (method === "account_link" && data.upstream)
        await linkUpstreamIdentity(sql, journey.tenantId, guestUserId, data.upstream);
      await insertAuditEvent(sql, {
        tenantId: journey.tenantId,
        actorType: "GUEST_USER",
        actorId: guestUserId,
        action: "guest.signed_in",
        targetType: "GuestUser",
        targetId: guestUserId,
        details: {
          method,
          ...(data.secondFactorAmr ? { secondFactor: data.secondFactorAmr } : {}),
        },
      });
    },
    { durable: true },
  );
}

/** The code proved the address of an existing account: the upstream identity joins it. */
async function linkUpstreamIdentity(
  sql: pg.PoolClient,
  tenantId: string,
  guestUserId: string,
  upstream: NonNullable<JourneyData["upstream"]>,
) {
  await sql.query(
    `INSERT INTO "GuestIdentity"
       (id, "tenantId", "guestUserId", "identityProviderId", "signInType", issuer, "issuerAssignedId", "createdAt")
     VALUES ($1, $2, $3, $4, 'federated', $5, $6, ${SQL_NOW})
     ON CONFLICT ("tenantId", issuer, "issuerAssignedId") DO NOTHING`,
    [
      uuidv7(),
      tenantId,
      guestUserId,
      upstream.identityProviderId,
      upstream.issuer,
      upstream.subject,
    ],
  );
  const { rows } = await sql.query<{ guestUserId: string }>(
    `SELECT "guestUserId" FROM "GuestIdentity"
      WHERE "tenantId" = $1 AND issuer = $2 AND "issuerAssignedId" = $3`,
    [tenantId, upstream.issuer, upstream.subject],
  );
  // The upstream identity was linked to another account meanwhile: never move it silently.
  if (rows[0]?.guestUserId !== guestUserId)
    throw new AppError("conflict", "This identity is already linked to another account.");
  await insertAuditEvent(sql, {
    tenantId,
    actorType: "GUEST_USER",
    actorId: guestUserId,
    action: "guest.identity_linked",
    targetType: "GuestUser",
    targetId: guestUserId,
    details: { issuer: upstream.issuer },
  });
}

function withoutPendingSignIn(data: JourneyData): JourneyData {
  const { pendingSignIn: _pending, ...rest } = data;
  return rest;
}
