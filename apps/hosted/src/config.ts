import { z } from "zod";
import {
  ZAppUrlsEnv,
  ZDatabaseEnv,
  ZEncryptionKey,
  ZTrustProxy,
  parseEnv,
} from "@guestlist/domain/config";
import { OTP_LIMITS, type JourneySettings } from "@guestlist/domain/journeys";
import { ZConnectorEnv, connectorReach } from "@guestlist/domain/connectors";
import { ZBackgroundEnv } from "@guestlist/domain/jobs";
import { ZMetricsEnv } from "@guestlist/domain/metrics";
import { ZSigningKeyEnv, type SigningKeyPolicy } from "@guestlist/domain/oidc";

const positiveCount = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .default(fallback);

const ZHostedEnv = z.object({
  GUESTLIST_ENCRYPTION_KEY: ZEncryptionKey,
  /** Comma-separated, newest first: signs oidc-provider's cookies; keep old keys listed while rotating. */
  HOSTED_COOKIE_KEYS: z
    .string({
      error: "is required (one or more random strings of 32+ characters, comma-separated)",
    })
    .transform((value) =>
      value
        .split(",")
        .map((key) => key.trim())
        .filter(Boolean),
    )
    .refine(
      (keys) => keys.length > 0 && keys.every((key) => key.length >= 32),
      "each key must be at least 32 characters",
    ),
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("Guestlist <no-reply@guestlist.local>"),
  GUESTLIST_TOKEN_REQUESTS_PER_MINUTE: positiveCount(600),
  GUESTLIST_FORM_POSTS_PER_MINUTE: positiveCount(120),
  GUESTLIST_EMAIL_CODES_PER_IP: positiveCount(OTP_LIMITS.perIp),
  TRUST_PROXY: ZTrustProxy,
  /** How long a stopping instance waits for requests in flight before it closes their connections. */
  GUESTLIST_SHUTDOWN_TIMEOUT_SECONDS: positiveCount(25),
});

/** Everything apps/hosted reads from its environment; checked once at start-up. */
export const ZServerEnv = z
  .intersection(
    ZDatabaseEnv,
    z.intersection(
      ZAppUrlsEnv,
      ZHostedEnv.extend(ZSigningKeyEnv.shape)
        .extend(ZBackgroundEnv.shape)
        .extend(ZMetricsEnv.shape)
        .extend(ZConnectorEnv.shape),
    ),
  )
  .superRefine((env, ctx) => {
    // This server speaks plain http, so an https URL means TLS ends at a proxy in front of
    // it; only trusting that proxy's X-Forwarded-Proto lets the cookies be Secure.
    if (env.HOSTED_URL.startsWith("https:") && !env.TRUST_PROXY)
      ctx.addIssue({
        code: "custom",
        path: ["TRUST_PROXY"],
        message:
          "must be true when HOSTED_URL is https: TLS ends at your proxy, which must send X-Forwarded-Proto and X-Forwarded-For",
      });
  });
export type THostedConfig = z.output<typeof ZServerEnv>;

let cached: THostedConfig | undefined;
export function hostedConfig(): THostedConfig {
  cached ??= parseEnv(ZServerEnv);
  return cached;
}

export function signingKeys(config: THostedConfig): SigningKeyPolicy {
  return {
    rotationDays: config.GUESTLIST_SIGNING_KEY_ROTATION_DAYS,
    activationSeconds: config.GUESTLIST_SIGNING_KEY_ACTIVATION_SECONDS,
  };
}

export function journeySettings(): JourneySettings & { hostedBaseUrl: string } {
  const config = hostedConfig();
  return {
    hostedBaseUrl: config.HOSTED_URL,
    adminUrl: config.ADMIN_URL,
    encryptionKey: config.GUESTLIST_ENCRYPTION_KEY,
    email: {
      resendApiKey: config.RESEND_API_KEY,
      from: config.EMAIL_FROM,
      encryptionKey: config.GUESTLIST_ENCRYPTION_KEY,
    },
    emailCodesPerIp: config.GUESTLIST_EMAIL_CODES_PER_IP,
    connectors: connectorReach(config),
  };
}

/**
 * What the account page needs: its cookies' keys, and how it reaches this
 * process's own provider (server.ts records where it listens).
 */
export function accountPageSettings() {
  const config = hostedConfig();
  return {
    hostedBaseUrl: config.HOSTED_URL,
    cookieKeys: config.HOSTED_COOKIE_KEYS,
    trustProxy: config.TRUST_PROXY,
    internalOrigin: process.env[INTERNAL_ORIGIN_VARIABLE] ?? "http://127.0.0.1:3001",
  };
}

/** Set by server.ts for the Next.js code in the same process; not an operator's setting. */
export const INTERNAL_ORIGIN_VARIABLE = "GUESTLIST_HOSTED_INTERNAL_ORIGIN";
