import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { signUpJourney, type JourneyContext } from "./journeys";
import { runLoad, type LoadResult } from "./load";
import { cpuSeconds, pidListeningOn } from "./processes";
import type { RunningStack } from "./stack";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BALANCER_PORT = 3205;
const INSTANCE_PORTS = [3206, 3207];
const PUBLIC_URL = `http://localhost:${BALANCER_PORT}`;

export interface ScaleOutRun extends LoadResult {
  instances: number;
  hostedCpuSecondsPerJourney: number;
}

function startProcess(args: string[], env: NodeJS.ProcessEnv, cwd: string): ChildProcess {
  return spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "inherit"] });
}

async function untilReady(url: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if ((await fetch(url).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * Sign-ups through a round-robin balancer (a process of its own) in front of
 * one hosted instance, then two, on the stack's database: how the hosted app
 * scales out. On a 2-core machine the instances, PostgreSQL, the balancer and
 * the load generator share the same cores, so this shows the overhead of
 * spreading the work at least as much as the gain; on a machine per instance
 * the second run is what a deployment sees.
 */
export async function benchScaleOut(
  stack: RunningStack,
  context: JourneyContext,
  concurrency: number,
  seconds: number,
): Promise<ScaleOutRun[]> {
  const instances = INSTANCE_PORTS.map((port) =>
    startProcess(
      ["dist/server.js"],
      stack.hostedInstanceEnv(port, PUBLIC_URL),
      path.join(ROOT, "apps/hosted"),
    ),
  );
  const runs: ScaleOutRun[] = [];
  try {
    await Promise.all(
      INSTANCE_PORTS.map((port) => untilReady(`http://127.0.0.1:${port}/api/health/ready`)),
    );
    const pids = INSTANCE_PORTS.map((port) => pidListeningOn(port)!);
    for (const count of [1, 2]) {
      const balancer = startProcess(
        [
          "--import",
          "tsx",
          path.join(import.meta.dirname, "balancer.ts"),
          String(BALANCER_PORT),
          ...INSTANCE_PORTS.slice(0, count).map(String),
        ],
        process.env,
        ROOT,
      );
      await new Promise<void>((resolve) => balancer.stdout!.once("data", () => resolve()));
      try {
        const cpuBefore = pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
        const result = await runLoad(concurrency, seconds, (i) =>
          signUpJourney(
            { ...context, hostedUrl: PUBLIC_URL },
            `scale${count}-${i}@bench.test`,
            `10.${150 + count}.${(i >> 8) & 255}.${i & 255}`,
          ),
        );
        const cpu = pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - cpuBefore;
        runs.push({
          ...result,
          instances: count,
          hostedCpuSecondsPerJourney: cpu / Math.max(1, result.completed),
        });
      } finally {
        await stopProcess(balancer);
      }
    }
  } finally {
    await Promise.all(instances.map(stopProcess));
  }
  return runs;
}
