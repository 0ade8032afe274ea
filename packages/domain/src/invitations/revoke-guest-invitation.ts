import { assertCan, type TenantAccess } from "../access/tenant-access";
import { insertAccessAuditEvent } from "../audit/insert-access-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import { findInvitationView, INVITATION_NOT_FOUND } from "./invitation-view";

/**
 * Revokes an open invitation: its link stops working at once, and a sign-up
 * it let in but had not finished is refused. One conditional write, so a
 * revocation racing the person's sign-up leaves exactly one of the two.
 */
export async function revokeGuestInvitation(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
) {
  assertCan(access, "guestUsers.manage");
  const revoked = await withSqlTransaction(sqlPool(), async (sql) => {
    const { rows } = await sql.query<{ email: string }>(
      `UPDATE "GuestInvitation"
          SET status = 'REVOKED', "revokedAt" = ${SQL_NOW}, "pendingKey" = NULL, "updatedAt" = ${SQL_NOW}
        WHERE id = $1 AND "tenantId" = $2 AND status = 'PENDING'
        RETURNING email`,
      [id, access.tenant.id],
    );
    if (!rows[0]) return false;
    await insertAccessAuditEvent(sql, access, {
      action: "guestInvitation.revoked",
      targetType: "GuestInvitation",
      targetId: id,
      details: { email: rows[0].email },
    });
    return true;
  });
  const invitation = await findInvitationView(prisma, access.tenant.id, id);
  if (!invitation) throw new AppError("not_found", INVITATION_NOT_FOUND);
  if (!revoked)
    throw new AppError(
      "conflict",
      invitation.status === "ACCEPTED"
        ? "This invitation was already accepted; block the account instead."
        : "This invitation is already revoked.",
    );
  return invitation;
}
