import type pg from "pg";
import { recordEmail, type EmailSettings } from "../email/send-email";
import { escapeHtml } from "../web-security/escape-html";

/** The roles whose members may approve sign-ups, and are told about them. */
export const APPROVER_ROLES = ["OWNER", "USER_ADMIN"] as const;

/**
 * Emails the tenant's approvers that a new account waits for them, in the
 * transaction that created it: no account, no email; an account, an email
 * that will be delivered however the request ends.
 */
export async function notifyApprovers(
  sql: pg.PoolClient,
  settings: { email: EmailSettings; adminUrl?: string },
  request: {
    tenantId: string;
    tenantSlug: string;
    tenantName: string;
    applicationName: string | null;
    email: string;
  },
): Promise<void> {
  const { rows } = await sql.query<{ email: string }>(
    `SELECT o.email FROM "TenantMembership" m JOIN "Operator" o ON o.id = m."operatorId"
      WHERE m."tenantId" = $1 AND m.role = ANY($2::"TenantRole"[])`,
    [request.tenantId, APPROVER_ROLES],
  );
  const review = settings.adminUrl
    ? `${settings.adminUrl.replace(/\/+$/, "")}/t/${request.tenantSlug}/guest-users?status=PENDING_APPROVAL`
    : null;
  const where = request.applicationName ? ` for ${request.applicationName}` : "";
  for (const approver of rows)
    await recordEmail(sql, settings.email, {
      tenantId: request.tenantId,
      to: approver.email,
      subject: `${request.email} is waiting for your approval in ${request.tenantName}`,
      text:
        `${request.email} signed up${where} and waits for approval before they can sign in.` +
        (review
          ? `\n\nReview: ${review}`
          : "\n\nReview them under Guest users in the admin portal."),
      html:
        `<p>${escapeHtml(request.email)} signed up${escapeHtml(where)} and waits for approval before they can sign in.</p>` +
        (review
          ? `<p><a href="${escapeHtml(review)}">Review waiting sign-ups</a></p>`
          : "<p>Review them under Guest users in the admin portal.</p>"),
    });
}
