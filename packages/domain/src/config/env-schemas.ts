import { z } from "zod";
import { EMBEDDED_POSTGRES_DEFAULT_PORT, embeddedDatabaseUrl } from "./database-url";

const port = (fallback: number) =>
  z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(fallback);

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.pathname.length > 1
      );
    } catch {
      return false;
    }
  },
  { message: "must be a connection string like postgresql://user:password@host:5432/database" },
);

const httpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  },
  { message: "must be an http:// or https:// URL" },
);

/** Without DATABASE_URL the apps use the embedded PostgreSQL that `npm start` runs. */
export const ZDatabaseEnv = z
  .object({
    DATABASE_URL: postgresUrl.optional(),
    EMBEDDED_POSTGRES_PORT: port(EMBEDDED_POSTGRES_DEFAULT_PORT),
  })
  .transform((env) => ({
    databaseUrl: env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_POSTGRES_PORT),
    usesEmbeddedDatabase: env.DATABASE_URL === undefined,
    embeddedPostgresPort: env.EMBEDDED_POSTGRES_PORT,
  }));
export type TDatabaseEnv = z.output<typeof ZDatabaseEnv>;

/**
 * 32 random bytes, base64: `openssl rand -base64 32`. While rotating, several
 * separated by commas, newest first (see crypto/secret-box.ts).
 */
export const ZEncryptionKey = z
  .string({
    error: "is required (32 random bytes, base64; generate one with `openssl rand -base64 32`)",
  })
  .refine(
    (value) => value.split(",").every((key) => Buffer.from(key.trim(), "base64").length === 32),
    {
      message:
        "must be 32 bytes encoded as base64 (generate one with `openssl rand -base64 32`), or several such keys separated by commas, newest first",
    },
  );

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Public base URLs of the three apps, as browsers reach them. In production the
 * admin portal and hosted pages must be https, because their session cookies
 * are Secure; plain http is for localhost, or for a trial on a private network
 * with GUESTLIST_ALLOW_INSECURE_HTTP=true.
 */
export const ZAppUrlsEnv = z
  .object({
    ADMIN_URL: httpUrl.default("http://localhost:3000"),
    HOSTED_URL: httpUrl.default("http://localhost:3001"),
    DEMO_URL: httpUrl.default("http://localhost:3002"),
    NODE_ENV: z.string().optional(),
    GUESTLIST_ALLOW_INSECURE_HTTP: z
      .enum(["true", "false", "1", "0"], { error: "must be true or false" })
      .default("false")
      .transform((value) => value === "true" || value === "1"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production" || env.GUESTLIST_ALLOW_INSECURE_HTTP) return;
    for (const key of ["ADMIN_URL", "HOSTED_URL"] as const) {
      const url = new URL(env[key]);
      if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message:
            "must be https in production (sessions use Secure cookies); http is accepted for localhost, or everywhere with GUESTLIST_ALLOW_INSECURE_HTTP=true",
        });
    }
  });
export type TAppUrlsEnv = z.output<typeof ZAppUrlsEnv>;

/** `true` when the app runs behind a proxy whose X-Forwarded-* headers it may believe. */
export const ZTrustProxy = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .default("false")
  .transform((value) => value === "true" || value === "1");

export const ZPortsEnv = z.object({
  ADMIN_PORT: port(3000),
  HOSTED_PORT: port(3001),
  DEMO_PORT: port(3002),
});
