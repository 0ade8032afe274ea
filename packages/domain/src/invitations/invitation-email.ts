import type pg from "pg";
import type { TenantAccess } from "../access/tenant-access";
import { recordEmail, type EmailSettings } from "../email/send-email";
import { escapeHtml } from "../web-security/escape-html";
import { invitationLinkUrl } from "./invitation-link";
import { textDirection } from "../i18n/locales";
import { textFor } from "../i18n/text";

export interface InvitationSettings {
  email: EmailSettings;
  /** The hosted pages' public URL: invitation links point there. */
  hostedUrl: string;
}

export interface InvitationEmail {
  applicationId: string;
  applicationName: string;
  to: string;
  /** The link's token; only its hash is stored. */
  token: string;
  message: string | null;
  expiresAt: Date;
}

/**
 * Queues the invitation's email in the caller's transaction: it goes out only
 * if the invitation commits. The invited person has no language yet: it is
 * written in the default language of the application's user flow, with the
 * flow's own wording.
 */
export async function queueInvitationEmail(
  sql: pg.PoolClient,
  access: TenantAccess,
  settings: InvitationSettings,
  invitation: InvitationEmail,
): Promise<string> {
  const { applicationName: app, to, message } = invitation;
  const { tenant: row } = access;
  const tenant = row.brandingDisplayName ?? row.name;
  const { rows } = await sql.query<{ defaultLocale: string; strings: unknown }>(
    `SELECT f."defaultLocale", f.strings FROM "Application" a
       JOIN "UserFlow" f ON f.id = a."userFlowId" AND f."tenantId" = a."tenantId"
      WHERE a.id = $1 AND a."tenantId" = $2`,
    [invitation.applicationId, row.id],
  );
  const text = textFor(rows[0]?.defaultLocale, rows[0]?.strings);
  const link = invitationLinkUrl(settings.hostedUrl, row.slug, invitation.token);
  const date = new Intl.DateTimeFormat(text.locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(invitation.expiresAt);
  const plain = { strong: (inside: string) => inside };
  const html = {
    strong: (inside: string) => `<strong>${inside}</strong>`,
    link: (inside: string) => `<a href="${escapeHtml(link)}">${inside}</a>`,
  };
  const escaped = { tenant: escapeHtml(tenant), app: escapeHtml(app) };
  const theirMessage = text("invitationEmail.theirMessage");
  return recordEmail(sql, settings.email, {
    tenantId: row.id,
    to,
    subject: text("invitationEmail.subject", { tenant, app }),
    text:
      `${text.markup("invitationEmail.invited", { tenant, app }, plain)}` +
      `${message ? `\n\n${theirMessage}\n${message}\n` : "\n"}\n` +
      `${text.markup("invitationEmail.acceptBy", { date }, { link: (inside) => inside })}: ${link}\n\n` +
      text("invitationEmail.signUpWith", { email: to }),
    html:
      `<div lang="${text.locale}" dir="${textDirection(text.locale)}">` +
      `<p>${text.markup("invitationEmail.invited", escaped, html)}</p>` +
      (message
        ? `<p>${escapeHtml(theirMessage)}</p><blockquote style="white-space:pre-wrap">${escapeHtml(message)}</blockquote>`
        : "") +
      `<p>${text.markup("invitationEmail.acceptBy", { date: escapeHtml(date) }, html)}</p>` +
      `<p>${escapeHtml(text("invitationEmail.signUpWith", { email: to }))}</p></div>`,
  });
}
