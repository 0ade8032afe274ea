import { createHmac, randomBytes } from "node:crypto";
import { verifyPassword } from "../crypto/password-hash";

export interface ClientSecretCheckOptions {
  /** How long a verified secret is remembered. */
  ttlMs?: number;
  /** At most this many remembered secrets; the oldest goes first. */
  max?: number;
  verify?: (hash: string, secret: string) => Promise<boolean>;
}

/**
 * Checks a client secret against its argon2id hash, remembering successes for
 * a few minutes. One verification costs tens of milliseconds of CPU on
 * purpose, and an application presents the same secret on every token
 * request: without this the token endpoint stops near 60 requests a second on
 * two cores. A success is remembered as an HMAC of the stored hash and the
 * presented secret under a key that lives only in this process, so the cache
 * holds nothing usable offline; a rotated secret has a new hash and misses it.
 * Failures are never remembered, and stay as slow as argon2 makes them.
 */
export function clientSecretCheck(options: ClientSecretCheckOptions = {}) {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const max = options.max ?? 10_000;
  const verify = options.verify ?? verifyPassword;
  const key = randomBytes(32);
  const verified = new Map<string, number>();
  return async function check(hash: string, secret: string): Promise<boolean> {
    const id = createHmac("sha256", key)
      .update(hash)
      .update("\0")
      .update(secret)
      .digest("base64url");
    const until = verified.get(id);
    if (until !== undefined && until > Date.now()) return true;
    verified.delete(id);
    if (!(await verify(hash, secret))) return false;
    if (verified.size >= max) verified.delete(verified.keys().next().value!);
    verified.set(id, Date.now() + ttlMs);
    return true;
  };
}
