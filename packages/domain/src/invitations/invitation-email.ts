import type pg from "pg";
import type { TenantAccess } from "../access/tenant-access";
import { recordEmail, type EmailSettings } from "../email/send-email";
import { escapeHtml } from "../web-security/escape-html";
import { invitationLinkUrl } from "./invitation-link";

export interface InvitationSettings {
  email: EmailSettings;
  /** The hosted pages' public URL: invitation links point there. */
  hostedUrl: string;
}

export interface InvitationEmail {
  applicationName: string;
  to: string;
  /** The link's token; only its hash is stored. */
  token: string;
  message: string | null;
  expiresAt: Date;
}

const dateOf = (moment: Date) =>
  moment.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** Queues the invitation's email in the caller's transaction: it goes out only if the invitation commits. */
export function queueInvitationEmail(
  sql: pg.PoolClient,
  access: TenantAccess,
  settings: InvitationSettings,
  invitation: InvitationEmail,
): Promise<string> {
  const { applicationName, to, message } = invitation;
  const { tenant } = access;
  const tenantName = tenant.brandingDisplayName ?? tenant.name;
  const link = invitationLinkUrl(settings.hostedUrl, tenant.slug, invitation.token);
  const until = dateOf(invitation.expiresAt);
  const quoted = message ? `\n\nTheir message:\n${message}\n` : "\n";
  const quotedHtml = message
    ? `<p>Their message:</p><blockquote style="white-space:pre-wrap">${escapeHtml(message)}</blockquote>`
    : "";
  return recordEmail(sql, settings.email, {
    tenantId: tenant.id,
    to,
    subject: `${tenantName} invited you to ${applicationName}`,
    text:
      `${tenantName} invited you to ${applicationName}.${quoted}\n` +
      `Accept the invitation by ${until} (UTC): ${link}\n\n` +
      `Sign up with this address, ${to}. If you did not expect this invitation, ignore this email.`,
    html:
      `<p><strong>${escapeHtml(tenantName)}</strong> invited you to <strong>${escapeHtml(applicationName)}</strong>.</p>` +
      quotedHtml +
      `<p><a href="${escapeHtml(link)}">Accept the invitation</a> by ${until} (UTC).</p>` +
      `<p>Sign up with this address, ${escapeHtml(to)}. If you did not expect this invitation, ignore this email.</p>`,
  });
}
