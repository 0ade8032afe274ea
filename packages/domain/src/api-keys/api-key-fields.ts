import { createHash } from "node:crypto";

/** A key reads `gl_<12-character prefix>_<43-character secret>`; the prefix finds the row. */
export const API_KEY_FORMAT = /^(gl_[A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{43})$/;

export const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** What may be shown of a key: never its hash. */
export const API_KEY_PUBLIC_FIELDS = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
} as const;
