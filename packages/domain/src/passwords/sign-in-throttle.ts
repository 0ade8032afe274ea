import { ABUSE_LIMITS } from "../rate-limits/abuse-limits";
import { isRateLimited } from "../rate-limits/rate-limiter";
import { normalizeEmail } from "../validation/email-address";

/**
 * Runs a password check under the failed-sign-in limits: refused (rate_limited)
 * while the account from this IP, the account from anywhere, or this IP across
 * accounts has failed too often; a failure counts against all three; success
 * clears the account-and-IP count, so a person who finally remembers their
 * password starts afresh. `scope` keeps guest and operator accounts apart.
 */
export async function throttledPasswordCheck<T>(
  scope: string,
  input: { email: string; requestIp?: string | null },
  check: () => Promise<T | null>,
): Promise<T | null> {
  const account = `${scope}:${normalizeEmail(input.email)}`;
  const keys = limitsFor(account, input.requestIp ?? null);
  await Promise.all(keys.map(([limit, key]) => limit.check(key)));

  const result = await check();
  if (result === null) {
    await Promise.all(
      keys.map(([limit, key]) =>
        limit.consume(key).catch((error: unknown) => {
          if (!isRateLimited(error)) throw error;
        }),
      ),
    );
  } else if (input.requestIp) {
    await ABUSE_LIMITS.passwordFailuresPerAccountAndIp.reset(`${account}:${input.requestIp}`);
  }
  return result;
}

function limitsFor(account: string, ip: string | null) {
  return [
    [ABUSE_LIMITS.passwordFailuresPerAccount, account] as const,
    ...(ip
      ? [
          [ABUSE_LIMITS.passwordFailuresPerAccountAndIp, `${account}:${ip}`] as const,
          [ABUSE_LIMITS.passwordFailuresPerIp, ip] as const,
        ]
      : []),
  ];
}
