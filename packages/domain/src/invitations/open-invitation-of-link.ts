import type pg from "pg";
import { SQL_NOW } from "../database/sql-time";
import { INVITATION_TOKEN_PATTERN, invitationLinkTokenHash } from "./invitation-link";

/** The open invitation to this application that a link's token names, if it still is one. */
export async function openInvitationOfLink(
  pool: pg.Pool,
  tenantId: string,
  applicationId: string,
  token: string,
): Promise<{ id: string; email: string } | null> {
  if (!INVITATION_TOKEN_PATTERN.test(token)) return null;
  const { rows } = await pool.query<{ id: string; email: string }>(
    `SELECT id, email FROM "GuestInvitation"
      WHERE "tokenHash" = $1 AND "tenantId" = $2 AND "applicationId" = $3
        AND status = 'PENDING' AND "expiresAt" > ${SQL_NOW}`,
    [invitationLinkTokenHash(token), tenantId, applicationId],
  );
  return rows[0] ?? null;
}
