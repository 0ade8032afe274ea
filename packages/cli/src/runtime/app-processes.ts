import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { ROOT } from "./paths";

export interface AppSpec {
  name: "admin" | "hosted" | "demo";
  port: number;
  env: Record<string, string>;
}

export interface RunningApp {
  spec: AppSpec;
  child: ChildProcess;
}

/**
 * hosted runs its own server (server.ts: the OIDC providers around Next.js),
 * compiled by its build into dist/server.js, or through tsx in development;
 * admin and demo are plain `next start` / `next dev`.
 */
function commandFor(spec: AppSpec, appDir: string, dev: boolean): string[] {
  const resolve = createRequire(path.join(appDir, "package.json")).resolve;
  if (spec.name === "hosted") return dev ? [resolve("tsx/cli"), "server.ts"] : ["dist/server.js"];
  return [resolve("next/dist/bin/next"), dev ? "dev" : "start", "--port", String(spec.port)];
}

/** Starts one app, prefixing its output with the app's name. */
export function spawnApp(spec: AppSpec, dev: boolean): RunningApp {
  const appDir = path.join(ROOT, "apps", spec.name);
  const child = spawn(process.execPath, commandFor(spec, appDir, dev), {
    cwd: appDir,
    env: {
      ...process.env,
      ...spec.env,
      PORT: String(spec.port),
      NODE_ENV: dev ? "development" : "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = `[${spec.name}]`.padEnd(9);
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    readline
      .createInterface({ input: stream })
      .on("line", (line) => process.stdout.write(`${prefix}${line}\n`));
  }
  return { spec, child };
}

/** Resolves once the app answers on its health route (healthy or not), or rejects after `timeoutMs`. */
export async function waitUntilAnswering(app: RunningApp, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) {
      throw new Error(
        `${app.spec.name} exited with code ${app.child.exitCode} while starting; see its output above.`,
      );
    }
    try {
      await fetch(`http://127.0.0.1:${app.spec.port}/api/health`, {
        signal: AbortSignal.timeout(5000),
      });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new Error(
    `${app.spec.name} did not answer on port ${app.spec.port} within ${timeoutMs / 1000} s.`,
  );
}
