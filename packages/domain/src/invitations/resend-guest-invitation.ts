import { assertCan, type TenantAccess } from "../access/tenant-access";
import { insertAccessAuditEvent } from "../audit/insert-access-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import { queueInvitationEmail, type InvitationSettings } from "./invitation-email";
import { invitationLinkTokenHash, newInvitationLinkToken } from "./invitation-link";
import { INVITATION_DEFAULT_DAYS } from "./invitation-schemas";
import { findInvitationView, INVITATION_NOT_FOUND } from "./invitation-view";

/**
 * Sends the invitation again with a new link (only a hash of the old one was
 * kept, and it stops working). An expired invitation gets a fresh lifetime
 * of the default length and opens again, unless the person was invited anew since.
 */
export async function resendGuestInvitation(
  prisma: PrismaClient,
  access: TenantAccess,
  settings: InvitationSettings,
  id: string,
) {
  assertCan(access, "guestUsers.manage");
  const token = newInvitationLinkToken();
  const outcome = await withSqlTransaction(
    sqlPool(),
    async (sql) => {
      const { rows } = await sql.query<{
        email: string;
        message: string | null;
        expiresAt: Date;
        applicationId: string;
        applicationName: string;
      }>(
        `UPDATE "GuestInvitation" i
            SET "tokenHash" = $3, "sentCount" = "sentCount" + 1, "lastSentAt" = ${SQL_NOW},
                "expiresAt" = greatest("expiresAt", ${SQL_NOW} + make_interval(days => $4)),
                -- invitationPendingKey's spelling
                "pendingKey" = i."applicationId" || ' ' || i.email, "updatedAt" = ${SQL_NOW}
           FROM "Application" a
          WHERE i.id = $1 AND i."tenantId" = $2 AND i.status = 'PENDING'
            AND a.id = i."applicationId" AND a."tenantId" = i."tenantId"
            AND NOT EXISTS (
              SELECT 1 FROM "GuestInvitation" o
               WHERE o."tenantId" = i."tenantId" AND o.id <> i.id
                 AND o."pendingKey" = i."applicationId" || ' ' || i.email)
        RETURNING i.email, i.message, i."expiresAt", a.id AS "applicationId", a.name AS "applicationName"`,
        [id, access.tenant.id, invitationLinkTokenHash(token), INVITATION_DEFAULT_DAYS],
      );
      const invitation = rows[0];
      if (!invitation) return false;
      await queueInvitationEmail(sql, access, settings, {
        applicationId: invitation.applicationId,
        applicationName: invitation.applicationName,
        to: invitation.email,
        token,
        message: invitation.message,
        expiresAt: invitation.expiresAt,
      });
      await insertAccessAuditEvent(sql, access, {
        action: "guestInvitation.resent",
        targetType: "GuestInvitation",
        targetId: id,
        details: { email: invitation.email, expiresAt: invitation.expiresAt.toISOString() },
      });
      return true;
    },
    { durable: true },
  );
  const invitation = await findInvitationView(prisma, access.tenant.id, id);
  if (!invitation) throw new AppError("not_found", INVITATION_NOT_FOUND);
  if (!outcome)
    throw new AppError(
      "conflict",
      invitation.status === "PENDING" || invitation.status === "EXPIRED"
        ? "This person was invited to this application again since; resend the newer invitation."
        : `This invitation is ${invitation.status.toLowerCase()}; invite the person again instead.`,
    );
  return invitation;
}
