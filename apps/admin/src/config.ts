import { z } from "zod";
import { ZConnectorEnv, connectorReach } from "@guestlist/domain/connectors";
import { ZMetricsEnv } from "@guestlist/domain/metrics";
import { ZBackgroundEnv } from "@guestlist/domain/jobs/settings";
import {
  ZAppUrlsEnv,
  ZDatabaseEnv,
  ZEncryptionKey,
  ZTrustProxy,
  parseEnv,
} from "@guestlist/domain/config";

/** Everything apps/admin reads from its environment; checked once at start-up. */
export const ZServerEnv = z.intersection(
  ZDatabaseEnv,
  z.intersection(
    ZAppUrlsEnv,
    z
      .object({
        GUESTLIST_ENCRYPTION_KEY: ZEncryptionKey,
        RESEND_API_KEY: z.string().min(1).optional(),
        GUESTLIST_API_REQUESTS_PER_MINUTE: z.coerce
          .number({ error: "must be a whole number" })
          .int("must be a whole number")
          .min(1, "must be at least 1")
          .default(600),
        EMAIL_FROM: z.string().min(3).default("Guestlist <no-reply@guestlist.local>"),
        // Behind a proxy: operator sign-in is then also limited per client IP (X-Forwarded-For).
        TRUST_PROXY: ZTrustProxy,
        ADMIN_AUTH_SECRET: z
          .string({
            error: "is required (a random string of 32+ characters that signs operator sessions)",
          })
          .min(32, "must be at least 32 characters"),
      })
      .extend(ZMetricsEnv.shape)
      .extend(ZBackgroundEnv.shape)
      .extend(ZConnectorEnv.shape),
  ),
);

let cached: z.output<typeof ZServerEnv> | undefined;
export function adminConfig() {
  cached ??= parseEnv(ZServerEnv);
  return cached;
}

/** Where invitation emails go out from; without a Resend key they stay in the outbox (`pnpm outbox`). */
export function adminEmailSettings() {
  const config = adminConfig();
  return {
    email: {
      resendApiKey: config.RESEND_API_KEY,
      from: config.EMAIL_FROM,
      encryptionKey: config.GUESTLIST_ENCRYPTION_KEY,
    },
    adminUrl: config.ADMIN_URL,
  };
}

/** How "Test connector" reaches endpoints: the same rules as the hosted journey. */
export function adminConnectorSettings() {
  const config = adminConfig();
  return {
    encryptionKey: config.GUESTLIST_ENCRYPTION_KEY,
    ...connectorReach(config),
  };
}

/** Guest invitations: their emails, and the hosted pages their links open. */
export function adminInvitationSettings() {
  return { email: adminEmailSettings().email, hostedUrl: adminConfig().HOSTED_URL };
}
