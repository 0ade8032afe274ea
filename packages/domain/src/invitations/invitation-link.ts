import { createHash } from "node:crypto";
import { randomSecret } from "../crypto/random-secret";

/** 256 random bits: the link cannot be guessed, and only its SHA-256 is stored. */
export const newInvitationLinkToken = () => randomSecret(32);

export const invitationLinkTokenHash = (token: string) =>
  createHash("sha256").update(token).digest("hex");

/** The shape of a token in a link: anything else is not looked up at all. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function invitationLinkUrl(hostedUrl: string, tenantSlug: string, token: string): string {
  return `${hostedUrl.replace(/\/+$/, "")}/${tenantSlug}/invitations/${token}`;
}

/** One open invitation per person and application (GuestInvitation.pendingKey). */
export const invitationPendingKey = (applicationId: string, email: string) =>
  `${applicationId} ${email}`;
