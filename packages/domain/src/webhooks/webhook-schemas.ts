import { z } from "zod";
import { ZConnectorEndpoint } from "../connectors/connector-schemas";
import { storableText } from "../validation/storable-text";

// Imported by browser code (the admin's forms): keep free of server imports.

/** What an endpoint can subscribe to, with what the admin reads next to each. */
export const WEBHOOK_EVENT_TYPES = {
  "guest.created": "A person signed up (or was created by an invitation's sign-up).",
  "guest.signed_in": "A person signed in to an application.",
  "guest.updated": "A person's profile changed (by them or by an admin).",
  "guest.blocked": "An admin blocked a person.",
  "guest.unblocked": "An admin unblocked a person.",
  "guest.deleted": "A person's account was deleted (by an admin or by themselves).",
  "invitation.sent": "An invitation was sent or sent again.",
  "invitation.accepted": "An invited person signed up with their invitation.",
  "invitation.revoked": "An admin revoked an invitation.",
  "approval.requested": "A sign-up waits for an approver.",
  "approval.decided": "An approver approved or declined a sign-up.",
  "terms.accepted": "A person accepted a version of the terms.",
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_TYPES;
export const WEBHOOK_EVENT_TYPE_NAMES = Object.keys(WEBHOOK_EVENT_TYPES) as [
  WebhookEventType,
  ...WebhookEventType[],
];

/** The event "Send test event" sends; no endpoint subscribes to it. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

export const ZWebhookEndpointInput = z.object({
  url: ZConnectorEndpoint,
  description: storableText().trim().max(200, "Use at most 200 characters.").default(""),
  eventTypes: z
    .array(z.enum(WEBHOOK_EVENT_TYPE_NAMES, { error: "That is not an event Guestlist sends." }))
    .min(1, "Choose at least one event.")
    .transform((types) => [...new Set(types)]),
  enabled: z.boolean().default(true),
});
export type TWebhookEndpointInput = z.input<typeof ZWebhookEndpointInput>;
