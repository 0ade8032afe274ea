import { textFor } from "../i18n/text";
import { insertAuditEvent } from "../audit/insert-audit-event";
import { isUniqueViolation } from "../database/unique-violation";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { withSqlTransaction } from "../database/sql-transaction";
import { recordEmail } from "../email/send-email";
import { AppError } from "../errors/app-error";
import type { JourneySettings } from "../journeys/journey-settings";
import { escapeHtml } from "../web-security/escape-html";
import type { AccountHolder } from "./account-holder";
import { checkAccountCode, consumeAccountCode } from "./account-codes";
import { ACCOUNT_GONE } from "./my-account-view";

export type EmailChangeResult =
  { status: "changed"; email: string } | { status: "refused"; message: string };

/**
 * The code sent to the new address is entered: in one transaction the code is
 * consumed, the account and its email identity take the new address (the
 * tenant's unique address decides between two accounts racing for it), the
 * old address is told and kept among the former ones (so erasing the account
 * also erases what was sent to it), and the audit event is written.
 */
export async function confirmEmailChange(
  settings: JourneySettings,
  holder: AccountHolder,
  code: string,
): Promise<EmailChangeResult> {
  const check = await checkAccountCode(settings, holder, "EMAIL_CHANGE", code);
  if (check.status !== "verified") return check;
  const newEmail = check.email;
  try {
    await withSqlTransaction(sqlPool(), async (sql) => {
      await consumeAccountCode(sql, holder, check.challengeId);
      const { rows } = await sql.query<{ oldEmail: string; tenantName: string; slug: string }>(
        `WITH old AS (
           SELECT g.id, g.email, coalesce(t."brandingDisplayName", t.name) AS "tenantName", t.slug
             FROM "GuestUser" g JOIN "Tenant" t ON t.id = g."tenantId"
            WHERE g.id = $1 AND g."tenantId" = $2 AND g.status = 'ACTIVE' FOR UPDATE OF g
         )
         UPDATE "GuestUser" g
            SET email = $3, "emailVerified" = true, "updatedAt" = ${SQL_NOW},
                "formerEmails" = array_append(
                  array_remove(array_remove(g."formerEmails", old.email), $3), old.email)
           FROM old WHERE g.id = old.id
         RETURNING old.email AS "oldEmail", old."tenantName", old.slug`,
        [holder.guestUserId, holder.tenantId, newEmail],
      );
      const changed = rows[0];
      if (!changed) throw new AppError("unauthenticated", ACCOUNT_GONE);
      await sql.query(
        `UPDATE "GuestIdentity" SET "issuerAssignedId" = $4
          WHERE "tenantId" = $1 AND "guestUserId" = $2 AND "signInType" = 'emailAddress'
            AND issuer = $3`,
        [holder.tenantId, holder.guestUserId, changed.slug, newEmail],
      );
      await recordEmail(sql, settings.email, {
        tenantId: holder.tenantId,
        to: changed.oldEmail,
        subject: `The email address of your ${changed.tenantName} account was changed`,
        text: `The email address of your ${changed.tenantName} account was changed to ${newEmail}. From now on, sign in with that address.\n\nIf you did not change it, contact ${changed.tenantName} at once.`,
        html: `<p>The email address of your ${escapeHtml(changed.tenantName)} account was changed to <strong>${escapeHtml(newEmail)}</strong>. From now on, sign in with that address.</p><p>If you did not change it, contact ${escapeHtml(changed.tenantName)} at once.</p>`,
      });
      await insertAuditEvent(sql, {
        tenantId: holder.tenantId,
        actorType: "GUEST_USER",
        actorId: holder.guestUserId,
        action: "guest.email_changed",
        targetType: "GuestUser",
        targetId: holder.guestUserId,
        ip: holder.requestIp,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return {
        status: "refused",
        message: textFor(holder.locale)("accountMessages.addressTaken"),
      };
    throw error;
  }
  return { status: "changed", email: newEmail };
}
