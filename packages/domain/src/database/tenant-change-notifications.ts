import pg from "pg";
import type { Prisma, PrismaClient } from "./prisma-client";
import { createLogger } from "../logging/logger";

const CHANNEL = "guestlist_tenant_changed";
const log = createLogger("database");

/**
 * Tells every instance, when the transaction commits, that something a
 * tenant's cached configuration is built from has changed (PostgreSQL
 * NOTIFY is transactional: a rolled-back change notifies no one).
 */
export async function notifyTenantChanged(
  tx: PrismaClient | Prisma.TransactionClient,
  tenantId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${tenantId})`;
}

export interface TenantChangeListener {
  close(): Promise<void>;
}

/**
 * Calls `onChange(tenantId)` for every tenant change any instance commits,
 * over one dedicated connection that reconnects after a drop. A notification
 * missed while disconnected is covered by the caches' own periodic re-check;
 * `onReconnect` lets the owner treat everything as changed.
 */
export function listenForTenantChanges(
  databaseUrl: string,
  onChange: (tenantId: string) => void,
  onReconnect: () => void = () => {},
): TenantChangeListener {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (isReconnect: boolean) => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload) onChange(message.payload);
    });
    next.on("error", (error) => {
      log.warn("tenant change listener lost its connection", { error });
      void next.end().catch(() => {});
      if (client === next) schedule();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      if (closed) return void (await next.end());
      client = next;
      if (isReconnect) onReconnect();
    } catch (error) {
      log.warn("tenant change listener cannot connect; retrying", { error });
      await next.end().catch(() => {});
      schedule();
    }
  };
  const schedule = () => {
    client = null;
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect(true);
    }, 1000);
    retry.unref();
  };
  void connect(false);
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
