import { z } from "zod";
import { ZAppUrlsEnv, ZDatabaseEnv, ZEncryptionKey } from "@guestlist/domain/config";

/** Everything apps/admin reads from its environment; checked once at start-up. */
export const ZServerEnv = z.intersection(
  ZDatabaseEnv,
  z.intersection(ZAppUrlsEnv, z.object({ GUESTLIST_ENCRYPTION_KEY: ZEncryptionKey })),
);
