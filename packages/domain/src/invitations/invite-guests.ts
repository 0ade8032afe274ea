import { assertCan, type TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { AppError, type FieldIssue } from "../errors/app-error";
import {
  ALREADY_INVITED,
  issueInvitation,
  loadInvitationContext,
  prepareInvitation,
  releaseExpiredInvitations,
  type PreparedInvitation,
} from "./invitation-batch";
import type { InvitationSettings } from "./invitation-email";
import { invitationPendingKey } from "./invitation-link";
import { ZInviteGuestsInput, type TInviteGuestsInput } from "./invitation-schemas";

export interface InvitationBatchResult {
  invited: { row: number; id: string; email: string }[];
  /** Rows not invited, with why; the others were invited all the same. */
  rejected: { row: number; email: string | null; issues: FieldIssue[] }[];
}

/**
 * Invites many people at once (a CSV upload, an API call): each row is
 * checked on its own, and the valid ones are invited, with their emails and
 * audit events, in one transaction. Rows are numbered from 1.
 */
export async function inviteGuests(
  prisma: PrismaClient,
  access: TenantAccess,
  settings: InvitationSettings,
  input: TInviteGuestsInput,
): Promise<InvitationBatchResult> {
  assertCan(access, "guestUsers.manage");
  const parsed = ZInviteGuestsInput.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", parsed.error.issues[0]!.message, {
      fieldIssues: [{ path: "invitations", message: parsed.error.issues[0]!.message }],
    });
  const context = await loadInvitationContext(prisma, access, settings);
  const result: InvitationBatchResult = { invited: [], rejected: [] };
  const valid: { row: number; invitation: PreparedInvitation }[] = [];
  const seen = new Set<string>();
  parsed.data.invitations.forEach((raw, index) => {
    const row = index + 1;
    const prepared = prepareInvitation(context, raw);
    if ("issues" in prepared) {
      const email = (raw as { email?: unknown } | null)?.email;
      result.rejected.push({
        row,
        email: typeof email === "string" ? email : null,
        issues: prepared.issues,
      });
      return;
    }
    const { invitation } = prepared;
    const key = invitationPendingKey(invitation.applicationId, invitation.email);
    if (seen.has(key)) {
      result.rejected.push({
        row,
        email: invitation.email,
        issues: [{ path: "email", message: "This person is invited on an earlier row." }],
      });
      return;
    }
    seen.add(key);
    valid.push({ row, invitation });
  });

  await withSqlTransaction(
    sqlPool(),
    async (sql) => {
      await releaseExpiredInvitations(sql, access.tenant.id, [...seen]);
      for (const { row, invitation } of valid) {
        const issued = await issueInvitation(sql, context, invitation);
        if (issued) result.invited.push({ row, id: issued.id, email: invitation.email });
        else
          result.rejected.push({
            row,
            email: invitation.email,
            issues: [{ path: "email", message: ALREADY_INVITED }],
          });
      }
    },
    { durable: true },
  );
  result.rejected.sort((a, b) => a.row - b.row);
  return result;
}
