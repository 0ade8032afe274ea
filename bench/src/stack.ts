import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { embeddedDatabaseUrl } from "@guestlist/domain/config";
import { pidListeningOn } from "./processes";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Ports of the bench's own stack, apart from `npm start` (3000s) and the e2e suite (3100s). */
export const BENCH_STACK = {
  adminPort: 3200,
  hostedPort: 3201,
  demoPort: 3202,
  postgresPort: 54349,
  hostedUrl: "http://localhost:3201",
  adminUrl: "http://localhost:3200",
  demoUrl: "http://localhost:3202",
  tenant: "woodgrove",
  clientId: "woodgrove-supplier-portal",
  redirectUri: "http://localhost:3202/api/auth/callback/guestlist",
} as const;

export interface RunningStack {
  secrets: { encryptionKey: string; demoClientSecret: string };
  databaseUrl: string;
  pids: { admin: number; hosted: number; demo: number };
  stop(): Promise<void>;
  /** The environment of one more hosted instance on the stack's database, serving `publicUrl`. */
  hostedInstanceEnv(port: number, publicUrl: string): NodeJS.ProcessEnv;
}

/**
 * The production builds, started by `guestlist start` on the embedded
 * PostgreSQL in a throw-away data directory, with email going to `mailUrl`.
 * The hosted app trusts X-Forwarded-For (as behind a proxy), so each simulated
 * person can come from an address of their own, as real sign-ups do.
 */
export async function startStack(mailUrl: string): Promise<RunningStack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "guestlist-bench-"));
  const secrets = {
    encryptionKey: randomBytes(32).toString("base64"),
    demoClientSecret: randomBytes(32).toString("base64url"),
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GUESTLIST_DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(BENCH_STACK.postgresPort),
    ADMIN_PORT: String(BENCH_STACK.adminPort),
    HOSTED_PORT: String(BENCH_STACK.hostedPort),
    DEMO_PORT: String(BENCH_STACK.demoPort),
    ADMIN_URL: BENCH_STACK.adminUrl,
    HOSTED_URL: BENCH_STACK.hostedUrl,
    DEMO_URL: BENCH_STACK.demoUrl,
    GUESTLIST_ENCRYPTION_KEY: secrets.encryptionKey,
    DEMO_CLIENT_SECRET: secrets.demoClientSecret,
    RESEND_API_KEY: "re_bench_fake_key",
    RESEND_BASE_URL: mailUrl,
    TRUST_PROXY: "true",
    // The token benchmark is the flood this limit exists to stop.
    GUESTLIST_TOKEN_REQUESTS_PER_MINUTE: "10000000",
    LOG_LEVEL: "warn",
  };
  const child: ChildProcess = spawn("pnpm", ["-s", "guestlist", "start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  const log = fs.createWriteStream(path.join(dataDir, "stack.log"));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    await new Promise((resolve) => child.once("exit", resolve));
  };

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the stack stopped; see ${path.join(dataDir, "stack.log")}`);
    const ready = await fetch(`${BENCH_STACK.demoUrl}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the stack did not start in 3 minutes; see ${dataDir}/stack.log`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const pid = (port: number) => {
    const found = pidListeningOn(port);
    if (!found) throw new Error(`nothing listens on ${port}`);
    return found;
  };
  return {
    secrets,
    databaseUrl: embeddedDatabaseUrl(BENCH_STACK.postgresPort),
    pids: {
      admin: pid(BENCH_STACK.adminPort),
      hosted: pid(BENCH_STACK.hostedPort),
      demo: pid(BENCH_STACK.demoPort),
    },
    stop,
    hostedInstanceEnv: (port, publicUrl) => {
      const generated = JSON.parse(
        fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8"),
      ) as Record<string, string>;
      return {
        ...env,
        NODE_ENV: "production",
        DATABASE_URL: embeddedDatabaseUrl(BENCH_STACK.postgresPort),
        HOSTED_COOKIE_KEYS: generated.HOSTED_COOKIE_KEYS,
        PORT: String(port),
        HOSTED_URL: publicUrl,
      };
    },
  };
}
