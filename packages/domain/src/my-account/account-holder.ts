import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { ACCOUNT_CLIENT_ID } from "./account-client";

/** The person signed in to the account page, as each of its use cases takes them. */
export interface AccountHolder {
  tenantId: string;
  guestUserId: string;
  /** The browser's address, for limits and the audit log. */
  requestIp: string | null;
  /** The provider session the account page came from: "this browser" in the list of sessions. */
  sid?: string;
  /** The page's language: what the domain's messages to this person are written in. */
  locale?: string;
}

/**
 * Whether the account page's session still stands: the account is active and
 * the provider session it came from is still open (the ID token's `sid`, the
 * provider's id of that session for the account page's client). So
 * signing out, "sign out everywhere", an admin's revoke, block or delete end
 * the account page too, on every instance, at the next request.
 */
export async function accountSessionStands(
  session: { tenantId: string; guestUserId: string; sid: string },
  pool: pg.Pool = sqlPool(),
): Promise<boolean> {
  const { rows } = await pool.query<{ stands: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM "GuestUser" g
         JOIN "OidcArtifact" s ON s."tenantId" = g."tenantId" AND s.kind = 'Session'
                              AND s.payload->>'accountId' = $2
                              AND s.payload->'authorizations'->$4->>'sid' = $3
        WHERE g.id = $2::uuid AND g."tenantId" = $1 AND g.status = 'ACTIVE'
          AND (s."expiresAt" IS NULL OR s."expiresAt" > now())
     ) AS stands`,
    [session.tenantId, session.guestUserId, session.sid, ACCOUNT_CLIENT_ID],
  );
  return rows[0]!.stands;
}
