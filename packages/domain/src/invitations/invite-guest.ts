import { assertCan, type TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { AppError } from "../errors/app-error";
import {
  ALREADY_INVITED,
  issueInvitation,
  loadInvitationContext,
  prepareInvitation,
  releaseExpiredInvitations,
} from "./invitation-batch";
import type { InvitationSettings } from "./invitation-email";
import { invitationPendingKey } from "./invitation-link";
import type { TInviteGuestInput } from "./invitation-schemas";
import { findInvitationView } from "./invitation-view";

/**
 * Invites one person by email to an application: the invitation, its email
 * and the audit event commit together. A person with an open invitation to
 * the same application is refused (resend that one); an address that already
 * has an account is invited all the same: the link signs them in, and the
 * invitation counts as accepted.
 */
export async function inviteGuest(
  prisma: PrismaClient,
  access: TenantAccess,
  settings: InvitationSettings,
  input: TInviteGuestInput,
) {
  assertCan(access, "guestUsers.manage");
  const context = await loadInvitationContext(prisma, access, settings);
  const prepared = prepareInvitation(context, input);
  if ("issues" in prepared)
    throw new AppError("invalid_input", "The invitation is not complete.", {
      fieldIssues: prepared.issues,
    });
  const { invitation } = prepared;
  const issued = await withSqlTransaction(
    sqlPool(),
    async (sql) => {
      await releaseExpiredInvitations(sql, access.tenant.id, [
        invitationPendingKey(invitation.applicationId, invitation.email),
      ]);
      return issueInvitation(sql, context, invitation);
    },
    { durable: true },
  );
  if (!issued)
    throw new AppError("conflict", ALREADY_INVITED, {
      fieldIssues: [{ path: "email", message: ALREADY_INVITED }],
    });
  return (await findInvitationView(prisma, access.tenant.id, issued.id))!;
}
