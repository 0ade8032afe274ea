import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { INVITATION_TOKEN_PATTERN, invitationLinkTokenHash } from "./invitation-link";
import { invitationStatus } from "./invitation-view";
import type { TInvitationStatus } from "./invitation-schemas";

export interface InvitationLinkView {
  status: TInvitationStatus;
  email: string;
  applicationName: string;
  /** Where the application starts its own sign-in (OIDC third-party initiated login), if it said. */
  initiateLoginUri: string | null;
}

/**
 * What an invitation link's page shows, for the tenant whose address it is
 * on. Opening the link changes nothing: the invitation is accepted only when
 * the account is created (or an existing one signs in through it), so mail
 * scanners that open links cannot use it up. Null when no invitation has this
 * token (a resend replaced it, or it never existed).
 */
export async function describeInvitationLink(
  tenantId: string,
  token: string,
  pool: pg.Pool = sqlPool(),
): Promise<InvitationLinkView | null> {
  if (!INVITATION_TOKEN_PATTERN.test(token)) return null;
  const { rows } = await pool.query<{
    status: "PENDING" | "ACCEPTED" | "REVOKED";
    expiresAt: Date;
    email: string;
    applicationName: string;
    initiateLoginUri: string | null;
  }>(
    `SELECT i.status, i."expiresAt", i.email, a.name AS "applicationName", a."initiateLoginUri"
       FROM "GuestInvitation" i
       JOIN "Application" a ON a.id = i."applicationId" AND a."tenantId" = i."tenantId"
      WHERE i."tokenHash" = $1 AND i."tenantId" = $2`,
    [invitationLinkTokenHash(token), tenantId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    status: invitationStatus(row),
    email: row.email,
    applicationName: row.applicationName,
    initiateLoginUri: row.initiateLoginUri,
  };
}
