/** Lifetimes in seconds. Codes are single-use and short, per the design notes. */
export const TOKEN_LIFETIMES = {
  AuthorizationCode: 60,
  AccessToken: 60 * 60,
  IdToken: 60 * 60,
  RefreshToken: 14 * 24 * 60 * 60,
  Session: 14 * 24 * 60 * 60,
  Grant: 365 * 24 * 60 * 60,
  Interaction: 60 * 60,
} as const;

/** How long a rotated-out key stays in the JWKS: past the longest-lived token it signed, plus clock skew. */
export const PREVIOUS_KEY_GRACE_SECONDS = TOKEN_LIFETIMES.IdToken + 10 * 60;
