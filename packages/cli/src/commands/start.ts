import fs from "node:fs";
import path from "node:path";
import { ZAppUrlsEnv, ZPortsEnv, parseEnv } from "@guestlist/domain/config";
import { applyMigrations } from "@guestlist/domain/database";
import { AppError } from "@guestlist/domain/errors";
import { installJobQueue } from "@guestlist/domain/jobs";
import {
  spawnApp,
  waitUntilAnswering,
  type AppSpec,
  type RunningApp,
} from "../runtime/app-processes";
import { openDatabase } from "../runtime/database";
import { loadLocalSecrets } from "../runtime/local-secrets";
import { complain, say } from "../runtime/output";
import { ROOT, dataDir } from "../runtime/paths";
import { assertPortFree } from "../runtime/ports";
import { describeAdministrator, runSeed } from "./db";

/**
 * One command for a newcomer: database (embedded unless DATABASE_URL),
 * migrations, seed, then the three apps, until Ctrl-C.
 */
export async function startCommand({ dev }: { dev: boolean }): Promise<void> {
  const ports = parseEnv(ZPortsEnv);
  const urls = parseEnv(ZAppUrlsEnv);
  await assertPortFree(ports.ADMIN_PORT, "admin portal", "ADMIN_PORT");
  await assertPortFree(ports.HOSTED_PORT, "hosted pages", "HOSTED_PORT");
  await assertPortFree(ports.DEMO_PORT, "demo app", "DEMO_PORT");
  if (!dev) {
    const builds = ["admin", "hosted", "demo"].map((app) =>
      path.join("apps", app, ".next", "BUILD_ID"),
    );
    for (const build of [...builds, path.join("apps", "hosted", "dist", "server.js")]) {
      if (!fs.existsSync(path.join(ROOT, build))) {
        throw new AppError(
          "config_invalid",
          `${build} is missing: there is no production build; run \`pnpm build\` or start with \`npm start\`, which builds first.`,
        );
      }
    }
  }

  const db = await openDatabase(say);
  const applied = await applyMigrations(db.url);
  if (applied.length) say(`Applied ${applied.length} migration(s).`);
  await installJobQueue(db.url);
  const seed = await runSeed(db.url);
  const secrets = loadLocalSecrets(dataDir());

  // A local quick start: connectors may call endpoints on this machine (set it to false to try the production rule).
  const shared = {
    DATABASE_URL: db.url,
    GUESTLIST_CONNECTORS_ALLOW_PRIVATE_NETWORKS:
      process.env.GUESTLIST_CONNECTORS_ALLOW_PRIVATE_NETWORKS ?? "true",
    ADMIN_URL: urls.ADMIN_URL,
    HOSTED_URL: urls.HOSTED_URL,
    DEMO_URL: urls.DEMO_URL,
  };
  const specs: AppSpec[] = [
    {
      name: "admin",
      port: ports.ADMIN_PORT,
      env: {
        ...shared,
        GUESTLIST_ENCRYPTION_KEY: secrets.GUESTLIST_ENCRYPTION_KEY,
        ADMIN_AUTH_SECRET: secrets.ADMIN_AUTH_SECRET,
        GUESTLIST_METRICS_TOKEN: secrets.GUESTLIST_METRICS_TOKEN,
      },
    },
    {
      name: "hosted",
      port: ports.HOSTED_PORT,
      env: {
        ...shared,
        GUESTLIST_ENCRYPTION_KEY: secrets.GUESTLIST_ENCRYPTION_KEY,
        HOSTED_COOKIE_KEYS: secrets.HOSTED_COOKIE_KEYS,
        GUESTLIST_METRICS_TOKEN: secrets.GUESTLIST_METRICS_TOKEN,
      },
    },
    {
      name: "demo",
      port: ports.DEMO_PORT,
      env: {
        ...shared,
        DEMO_AUTH_SECRET: secrets.DEMO_AUTH_SECRET,
        DEMO_CLIENT_ID: seed.demoClientId,
        DEMO_CLIENT_SECRET: secrets.DEMO_CLIENT_SECRET,
        DEMO_TENANT: seed.tenantSlug,
      },
    },
  ];
  const apps: RunningApp[] = specs.map((spec) => spawnApp(spec, dev));

  let stopping = false;
  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    for (const app of apps) app.child.kill("SIGTERM");
    await Promise.all(
      apps.map((app) =>
        app.child.exitCode === null
          ? new Promise((r) => app.child.once("exit", r))
          : Promise.resolve(),
      ),
    );
    await db.stop();
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));
  for (const app of apps) {
    app.child.once("exit", (code) => {
      if (stopping) return;
      complain(
        `guestlist: ${app.spec.name} stopped unexpectedly (exit code ${code}); stopping the others.`,
      );
      void stopAll(1);
    });
  }

  try {
    await Promise.all(apps.map((app) => waitUntilAnswering(app)));
  } catch (error) {
    complain(`guestlist: ${(error as Error).message}`);
    await stopAll(1);
    return;
  }

  say(
    [
      "",
      "Guestlist is running:",
      `  Admin portal   ${urls.ADMIN_URL}`,
      `  Hosted pages   ${urls.HOSTED_URL}   (demo tenant "${seed.tenantSlug}")`,
      `  Demo app       ${urls.DEMO_URL}`,
      `  Database       ${db.embedded ? `embedded PostgreSQL, data in ${path.join(dataDir(), "postgres")}` : "DATABASE_URL"}`,
      `  Administrator  ${describeAdministrator(seed)}`,
      `  Metrics        ${urls.HOSTED_URL}/metrics and ${urls.ADMIN_URL}/metrics, with the header`,
      `                 Authorization: Bearer <GUESTLIST_METRICS_TOKEN${process.env.GUESTLIST_METRICS_TOKEN ? "" : ` from ${path.join(dataDir(), "secrets.json")}`}>`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
}
