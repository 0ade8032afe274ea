import { recordEmail, type OutgoingEmail } from "../email/send-email";
import type { OtpPurpose } from "../generated/prisma/enums";
import { textDirection } from "../i18n/locales";
import { escapeHtml } from "../web-security/escape-html";
import { issueOtp, OTP_LIFETIME_MS } from "./one-time-passcode";
import { transitionJourney, type ActionJourney, type JourneyChanges } from "./journey-store";
import type { JourneySettings } from "./journey-settings";

export interface CodeToSend {
  email: string;
  requestIp: string | null;
  purpose: OtpPurpose;
}

/**
 * A transition that sends a code (to the code step, or a new code on it): the
 * journey's write, the code and its email in the outbox commit together, so a
 * code exists only for the request that won, and a refused code (cool-down,
 * limits) changes nothing. The email's delivery is a job queued in the same
 * transaction: it starts as soon as the transaction commits and is retried
 * with backoff while Resend is unavailable, until the code expires.
 */
export async function transitionWithCode(
  settings: JourneySettings,
  journey: ActionJourney,
  changes: JourneyChanges,
  code: CodeToSend,
): Promise<void> {
  await transitionJourney(journey, changes, async (sql) => {
    const issued = await issueOtp(sql, settings.encryptionKey, {
      tenantId: journey.tenantId,
      scope: { journeyId: journey.id },
      perIpLimit: settings.emailCodesPerIp,
      ...code,
    });
    await recordEmail(sql, settings.email, codeEmail(journey, code.email, issued), {
      deliverBefore: new Date(Date.now() + OTP_LIFETIME_MS),
    });
  });
}

function codeEmail(journey: ActionJourney, to: string, code: string): OutgoingEmail {
  const tenant = journey.tenant.brandingDisplayName ?? journey.tenant.name;
  const minutes = OTP_LIFETIME_MS / 60_000;
  const { text } = journey;
  const codeIs = text("codeEmail.codeIs");
  const enterIt = text("codeEmail.enterIt", { tenant, minutes });
  const ignore = text("codeEmail.ignore");
  const dir = textDirection(text.locale);
  return {
    tenantId: journey.tenantId,
    to,
    // Not the code: subjects are stored in plain text and shown in notifications and lists.
    subject: text("codeEmail.subject", { tenant }),
    text: `${codeIs} ${code}\n\n${enterIt}\n${ignore}`,
    html: `<div lang="${text.locale}" dir="${dir}"><p>${escapeHtml(codeIs)}</p><p style="font-size:28px;font-weight:bold;letter-spacing:4px" dir="ltr">${code}</p><p>${escapeHtml(enterIt)}</p><p>${escapeHtml(ignore)}</p></div>`,
  };
}
