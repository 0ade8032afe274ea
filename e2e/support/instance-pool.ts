import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startRoundRobinProxy, type RoundRobinProxy } from "./round-robin-proxy";
import { E2E_STACK } from "./stack";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Ports of the second deployment: two hosted and two admin instances, each pair behind a proxy. */
export const POOL = {
  hostedProxyPort: 3120,
  hostedPorts: [3121, 3122],
  adminProxyPort: 3123,
  adminPorts: [3124, 3125],
  hostedUrl: "http://localhost:3120",
  adminUrl: "http://localhost:3123",
  /** Short, so a rotation completes within the test; instances re-check keys every 2 s. */
  activationSeconds: 4,
} as const;

export const instanceUrl = (port: number) => `http://127.0.0.1:${port}`;

/**
 * The Node.js binaries the instances run on, one per instance in turn:
 * GUESTLIST_E2E_POOL_NODES (comma-separated paths; CI gives Node.js 22 and 24),
 * or the one running the tests.
 */
function poolNodes(): string[] {
  const listed = (process.env.GUESTLIST_E2E_POOL_NODES ?? "").split(",").filter(Boolean);
  return listed.length > 0 ? listed : [process.execPath];
}

export interface InstancePool {
  hosted: RoundRobinProxy;
  admin: RoundRobinProxy;
  /** The environment the instances run with, for the CLI (keys rotate) on the same database. */
  env: NodeJS.ProcessEnv;
  /** `node --version` of each hosted instance, then each admin instance. */
  nodeVersions: string[];
  stop(): Promise<void>;
}

async function waitUntilReady(url: string, child: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url} exited (${child.exitCode}):\n${log.join("")}`);
    const ready = await fetch(`${url}/api/health/ready`).catch(() => null);
    if (ready?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready:\n${log.join("")}`);
}

/**
 * Two more hosted and two more admin instances of the production builds, on
 * the e2e stack's database with its secrets, as a second deployment with its
 * own public URLs: what a team running several instances behind a load
 * balancer has. The stack's own instances keep running beside them.
 */
export async function startInstancePool(): Promise<InstancePool> {
  const dataDir = process.env.GUESTLIST_E2E_DATA_DIR!;
  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as Record<
    string,
    string
  >;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `postgresql://postgres:guestlist@127.0.0.1:${E2E_STACK.postgresPort}/guestlist`,
    GUESTLIST_ENCRYPTION_KEY: secrets.GUESTLIST_ENCRYPTION_KEY,
    HOSTED_COOKIE_KEYS: secrets.HOSTED_COOKIE_KEYS,
    ADMIN_AUTH_SECRET: secrets.ADMIN_AUTH_SECRET,
    GUESTLIST_DATA_DIR: dataDir,
    HOSTED_URL: POOL.hostedUrl,
    ADMIN_URL: POOL.adminUrl,
    DEMO_URL: E2E_STACK.demoUrl,
    RESEND_API_KEY: "re_e2e_fake_key",
    RESEND_BASE_URL: E2E_STACK.fakeResendUrl,
    GUESTLIST_EMAIL_CODES_PER_IP: "1000",
    GUESTLIST_SIGNING_KEY_ACTIVATION_SECONDS: String(POOL.activationSeconds),
  };
  const children: ChildProcess[] = [];
  const started: Promise<void>[] = [];
  const nodeVersions: string[] = [];
  const launch = (app: "hosted" | "admin", port: number, instance: number) => {
    const nodes = poolNodes();
    const node = nodes[instance % nodes.length]!;
    nodeVersions.push(execFileSync(node, ["--version"], { encoding: "utf8" }).trim());
    const args =
      app === "hosted"
        ? ["dist/server.js"]
        : [
            path.join(ROOT, "apps/admin/node_modules/next/dist/bin/next"),
            "start",
            "--port",
            String(port),
          ];
    const child = spawn(node, args, {
      cwd: path.join(ROOT, "apps", app),
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const log: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => log.push(chunk.toString()));
    children.push(child);
    started.push(waitUntilReady(instanceUrl(port), child, log));
  };
  POOL.hostedPorts.forEach((port, instance) => launch("hosted", port, instance));
  POOL.adminPorts.forEach((port, instance) => launch("admin", port, instance));
  const stopChildren = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  try {
    await Promise.all(started);
  } catch (error) {
    await stopChildren();
    throw error;
  }
  const hosted = await startRoundRobinProxy(POOL.hostedProxyPort, [...POOL.hostedPorts]);
  const admin = await startRoundRobinProxy(POOL.adminProxyPort, [...POOL.adminPorts]);
  return {
    hosted,
    admin,
    env,
    nodeVersions,
    async stop() {
      await hosted.close();
      await admin.close();
      await stopChildren();
    },
  };
}
