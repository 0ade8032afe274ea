import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/** Secrets the apps need; generated once per machine for `guestlist start` when the environment lacks them. */
const GENERATED_SECRETS = {
  GUESTLIST_ENCRYPTION_KEY: () => randomBytes(32).toString("base64"),
  ADMIN_AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  HOSTED_COOKIE_KEYS: () => randomBytes(32).toString("base64url"),
  DEMO_AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  DEMO_CLIENT_SECRET: () => randomBytes(32).toString("base64url"),
  GUESTLIST_METRICS_TOKEN: () => randomBytes(32).toString("base64url"),
} as const;

export type LocalSecrets = Record<keyof typeof GENERATED_SECRETS, string>;

/**
 * Values from the environment win; missing ones are read from (or generated
 * into) <data dir>/secrets.json, readable by the owner only, so that restarts
 * keep the encrypted data and sessions valid.
 */
export function loadLocalSecrets(dir: string): LocalSecrets {
  const file = path.join(dir, "secrets.json");
  const stored: Partial<LocalSecrets> = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LocalSecrets>)
    : {};
  let changed = false;
  const secrets = {} as LocalSecrets;
  for (const [name, generate] of Object.entries(GENERATED_SECRETS) as [
    keyof LocalSecrets,
    () => string,
  ][]) {
    const fromEnv = process.env[name];
    if (fromEnv) {
      secrets[name] = fromEnv;
      continue;
    }
    if (!stored[name]) {
      stored[name] = generate();
      changed = true;
    }
    secrets[name] = stored[name]!;
  }
  if (changed) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
