import type { WebhookEventType } from "./webhook-schemas";

export interface WebhookEventOfAudit {
  type: WebhookEventType;
  /** Added to the event's data beside the guest or invitation it is about. */
  data: Record<string, unknown>;
}

type Details = Record<string, unknown>;
const decision = (outcome: "approved" | "declined") => (details: Details) => ({
  decision: outcome,
  reason: typeof details.reason === "string" ? details.reason : null,
});

/**
 * Which webhook events an audited action is, and what of its details they
 * carry: every change that matters to an integrator is already audited in the
 * transaction that makes it, so the events are written by the same insert.
 */
const EVENTS: Record<string, (details: Details) => WebhookEventOfAudit[]> = {
  "guest.signed_up": (details) => [
    { type: "guest.created", data: {} },
    ...(details.awaitsApproval ? [{ type: "approval.requested" as const, data: {} }] : []),
  ],
  "guest.signed_in": (details) => [
    { type: "guest.signed_in", data: { method: details.method ?? null } },
  ],
  "guest.profile_updated": () => [{ type: "guest.updated", data: {} }],
  "guest.profile_completed": () => [{ type: "guest.updated", data: {} }],
  "guest.email_changed": () => [{ type: "guest.updated", data: {} }],
  "guestUser.updated": () => [{ type: "guest.updated", data: {} }],
  "guestUser.blocked": () => [{ type: "guest.blocked", data: {} }],
  "guestUser.unblocked": () => [{ type: "guest.unblocked", data: {} }],
  "guestUser.deleted": () => [{ type: "guest.deleted", data: {} }],
  "guestInvitation.created": () => [{ type: "invitation.sent", data: {} }],
  "guestInvitation.resent": () => [{ type: "invitation.sent", data: {} }],
  "guestInvitation.accepted": () => [{ type: "invitation.accepted", data: {} }],
  "guestInvitation.revoked": () => [{ type: "invitation.revoked", data: {} }],
  "guestUser.approved": (details) => [
    { type: "approval.decided", data: decision("approved")(details) },
  ],
  "guestUser.declined": (details) => [
    { type: "approval.decided", data: decision("declined")(details) },
  ],
  "guest.terms_accepted": (details) => [
    {
      type: "terms.accepted",
      data: {
        terms: {
          documentId: details.documentId ?? null,
          version: details.version ?? null,
          title: details.title ?? null,
        },
      },
    },
  ],
};

export function webhookEventsOfAudit(action: string, details: unknown): WebhookEventOfAudit[] {
  const events = EVENTS[action];
  if (!events) return [];
  return events((details && typeof details === "object" ? details : {}) as Details);
}
