import fs from "node:fs";
import { z } from "zod";
import { ZMetricsEnv } from "@guestlist/domain/metrics";
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
        GUESTLIST_CONNECTORS_ALLOW_PRIVATE_NETWORKS: z
          .enum(["true", "false", "1", "0"], { error: "must be true or false" })
          .default("false")
          .transform((value) => value === "true" || value === "1"),
        GUESTLIST_CONNECTORS_CA_FILE: z
          .string()
          .optional()
          .refine((file) => !file || fs.existsSync(file), "names a file that does not exist"),
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
      .extend(ZMetricsEnv.shape),
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
    allowPrivateNetworks: config.GUESTLIST_CONNECTORS_ALLOW_PRIVATE_NETWORKS,
    trustedCa: config.GUESTLIST_CONNECTORS_CA_FILE
      ? fs.readFileSync(config.GUESTLIST_CONNECTORS_CA_FILE, "utf8")
      : undefined,
  };
}
