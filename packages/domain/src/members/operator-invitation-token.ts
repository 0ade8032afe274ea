import { createHash, randomBytes } from "node:crypto";

export const OPERATOR_INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export const INVITATION_UNUSABLE =
  "This invitation has expired or was already used. Ask for a new one.";

/** A fresh link token: 256 random bits. Only its hash is stored. */
export const newInvitationToken = () => randomBytes(32).toString("base64url");

export const invitationTokenHash = (token: string) =>
  createHash("sha256").update(token).digest("hex");
