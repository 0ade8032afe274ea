import { z } from "zod";
import { parseEnv } from "../config/load-env";

/**
 * When keys change. `activationSeconds` is how long a new key is published
 * before it signs: longer than any instance's provider cache can lag, so no
 * instance ever meets a token signed with a key it does not publish.
 */
export interface SigningKeyPolicy {
  /** A key signs for this many days, then the next one is published (0: only `keys rotate`). */
  rotationDays: number;
  activationSeconds: number;
}

export const ZSigningKeyEnv = z.object({
  GUESTLIST_SIGNING_KEY_ROTATION_DAYS: z.coerce
    .number({ error: "must be a whole number of days" })
    .int("must be a whole number of days")
    .min(0, "must be 0 (never) or more")
    .default(90),
  GUESTLIST_SIGNING_KEY_ACTIVATION_SECONDS: z.coerce
    .number({ error: "must be a whole number of seconds" })
    .int("must be a whole number of seconds")
    .min(2, "must be at least 2 seconds")
    .default(60),
});

export function signingKeyPolicy(env = process.env): SigningKeyPolicy {
  const parsed = parseEnv(ZSigningKeyEnv, env);
  return {
    rotationDays: parsed.GUESTLIST_SIGNING_KEY_ROTATION_DAYS,
    activationSeconds: parsed.GUESTLIST_SIGNING_KEY_ACTIVATION_SECONDS,
  };
}

/**
 * How long an instance may use its cached provider before checking the keys
 * again: at most half the activation delay, so every instance has published a
 * new key before it signs, even when a change notification is lost.
 */
export const providerRecheckMs = (policy: SigningKeyPolicy) =>
  Math.min(30_000, (policy.activationSeconds * 1000) / 2);
