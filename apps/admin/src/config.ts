import { z } from "zod";
import { ZAppUrlsEnv, ZDatabaseEnv, ZEncryptionKey, parseEnv } from "@guestlist/domain/config";

/** Everything apps/admin reads from its environment; checked once at start-up. */
export const ZServerEnv = z.intersection(
  ZDatabaseEnv,
  z.intersection(
    ZAppUrlsEnv,
    z.object({
      GUESTLIST_ENCRYPTION_KEY: ZEncryptionKey,
      ADMIN_AUTH_SECRET: z
        .string({
          error: "is required (a random string of 32+ characters that signs operator sessions)",
        })
        .min(32, "must be at least 32 characters"),
    }),
  ),
);

let cached: z.output<typeof ZServerEnv> | undefined;
export function adminConfig() {
  cached ??= parseEnv(ZServerEnv);
  return cached;
}
