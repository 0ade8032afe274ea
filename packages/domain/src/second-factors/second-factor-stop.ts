import { sqlPool } from "../database/sql-pool";
import type { JourneyData, SignInMethod } from "../journeys/journey-data";
import type { ActionJourney } from "../journeys/journey-store";

/**
 * Whether a proven first factor needs a second one before the sign-in
 * completes. Anyone who has set one up is asked for it (whatever the flow's
 * policy: they chose the protection); a flow that requires one, or a relying
 * party asking for MFA, has people without one set it up. A passkey is
 * multi-factor already; a federated sign-in whose upstream did MFA counts
 * when the flow trusts it.
 */
export async function secondFactorStop(
  journey: ActionJourney,
  guestUserId: string,
  method: SignInMethod,
  data: JourneyData,
): Promise<"VERIFYING_SECOND_FACTOR" | "ENROLLING_SECOND_FACTOR" | null> {
  if (data.secondFactorAmr?.length || method === "passkey") return null;
  const flow = journey.userFlow;
  if (method === "federated" && data.upstreamMfa && flow?.trustUpstreamMfa) return null;
  const { rows } = await sqlPool().query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "GuestAuthenticator"
      WHERE "tenantId" = $1 AND "guestUserId" = $2`,
    [journey.tenantId, guestUserId],
  );
  if (rows[0]!.count > 0) return "VERIFYING_SECOND_FACTOR";
  const required = flow?.secondFactorPolicy === "REQUIRED" || !!data.requestedMfaAcr;
  return required ? "ENROLLING_SECOND_FACTOR" : null;
}
