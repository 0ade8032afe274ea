import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";

/** How long a rotated-out secret still signs, so receivers can switch without losing events. */
export const PREVIOUS_SECRET_HOURS = 24;

const secretContext = (tenantId: string, endpointId: string) =>
  `webhook-secret:${tenantId}:${endpointId}`;

/** A Standard Webhooks secret: "whsec_" and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function sealWebhookSecret(
  secret: string,
  keyring: string,
  tenantId: string,
  endpointId: string,
): string {
  return encryptSecret(secret, keyring, secretContext(tenantId, endpointId));
}

export function openWebhookSecret(
  sealed: string,
  keyring: string,
  tenantId: string,
  endpointId: string,
): string {
  return decryptSecret(sealed, keyring, secretContext(tenantId, endpointId));
}

/**
 * The three Standard Webhooks headers for one attempt. Every secret given
 * signs (the current one, and during a rotation's overlap the previous one),
 * separated by spaces, so a receiver holding either verifies the message.
 */
export function webhookHeaders(
  messageId: string,
  sentAt: Date,
  body: string,
  secrets: string[],
): Record<string, string> {
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": secrets
      .map((secret) => new Webhook(secret).sign(messageId, sentAt, body))
      .join(" "),
  };
}
