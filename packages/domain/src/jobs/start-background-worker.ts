import { parseCronItems, run, type Runner, type TaskList } from "graphile-worker";
import { sweepConnectorCalls } from "../connectors/sweep-connector-calls";
import { sweepSignInHistory } from "../audit/sweep-sign-in-history";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { deliverEmail } from "../email/deliver-email";
import { DELIVER_EMAIL_TASK, type EmailSettings } from "../email/send-email";
import { sweepEmailOutbox } from "../email/sweep-email-outbox";
import { createLogger } from "../logging/logger";
import { maintainAllSigningKeys } from "../oidc/maintain-all-signing-keys";
import { sweepExpiredSignInData } from "../oidc/oidc-adapter";
import type { SigningKeyPolicy } from "../oidc/signing-key-policy";
import { refreshAllSamlMetadata } from "../saml/refresh-all-saml-metadata";
import {
  deliverWebhookChain,
  DEFAULT_WEBHOOK_RETRY_DELAYS,
} from "../webhooks/deliver-webhook-chain";
import { sweepWebhookMessages } from "../webhooks/sweep-webhook-messages";
import { DELIVER_WEBHOOKS_TASK } from "../webhooks/webhook-outbox";
import { jobQueueLogger } from "./job-queue";

export interface BackgroundWorkerOptions {
  databaseUrl: string;
  prisma: PrismaClient;
  email: EmailSettings;
  encryptionKey: string;
  signingKeys: SigningKeyPolicy;
  emailRetentionDays: number;
  connectorCallRetentionDays: number;
  webhookRetentionDays?: number;
  /** Seconds before each webhook retry (DEFAULT_WEBHOOK_RETRY_DELAYS: about a day in all). */
  webhookRetryDelaysSeconds?: number[];
  /** Links in the emails telling owners an endpoint was turned off. */
  adminUrl?: string;
  /** Development and tests only: partners' SAML metadata may be on loopback or private addresses. */
  allowPrivateNetworks: boolean;
  /** Jobs this instance runs at once. */
  concurrency?: number;
}

const log = createLogger("jobs");

/** Scheduled jobs: each fires once per schedule across all instances (graphile-worker's known_crontabs). */
const SCHEDULE = parseCronItems([
  { task: "sweep-sign-in-data", match: "*/10 * * * *", identifier: "sweep-sign-in-data" },
  { task: "maintain-signing-keys", match: "7 * * * *", identifier: "maintain-signing-keys" },
  { task: "sweep-email-outbox", match: "23 * * * *", identifier: "sweep-email-outbox" },
  { task: "sweep-connector-calls", match: "41 * * * *", identifier: "sweep-connector-calls" },
  { task: "sweep-sign-in-history", match: "53 * * * *", identifier: "sweep-sign-in-history" },
  { task: "sweep-webhook-messages", match: "47 * * * *", identifier: "sweep-webhook-messages" },
  { task: "refresh-saml-metadata", match: "17 4 * * *", identifier: "refresh-saml-metadata" },
]);

function tasks(options: BackgroundWorkerOptions): TaskList {
  const report = (task: string) => (removed: number) => {
    if (removed > 0) log.info("swept", { task, removed });
  };
  return {
    [DELIVER_EMAIL_TASK]: async (payload, helpers) => {
      const { messageId, deliverBefore } = payload as { messageId: string; deliverBefore?: string };
      await deliverEmail(sqlPool(), options.email, messageId, {
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
        deliverBefore: deliverBefore ? new Date(deliverBefore) : undefined,
      });
    },
    "sweep-sign-in-data": async () =>
      report("sweep-sign-in-data")(await sweepExpiredSignInData(options.prisma)),
    [DELIVER_WEBHOOKS_TASK]: async (payload) => {
      const { endpointId, subject } = payload as { endpointId: string; subject: string };
      await deliverWebhookChain(
        sqlPool(),
        {
          encryptionKey: options.encryptionKey,
          allowPrivateNetworks: options.allowPrivateNetworks,
          retryDelaysSeconds: options.webhookRetryDelaysSeconds ?? DEFAULT_WEBHOOK_RETRY_DELAYS,
          email: options.email,
          adminUrl: options.adminUrl,
        },
        endpointId,
        subject,
      );
    },
    "sweep-webhook-messages": async () =>
      report("sweep-webhook-messages")(
        await sweepWebhookMessages(sqlPool(), options.webhookRetentionDays ?? 30),
      ),
    "sweep-email-outbox": async () =>
      report("sweep-email-outbox")(await sweepEmailOutbox(sqlPool(), options.emailRetentionDays)),
    "sweep-connector-calls": async () =>
      report("sweep-connector-calls")(
        await sweepConnectorCalls(sqlPool(), options.connectorCallRetentionDays),
      ),
    "sweep-sign-in-history": async () =>
      report("sweep-sign-in-history")(await sweepSignInHistory(sqlPool())),
    "refresh-saml-metadata": async () => {
      const { updated, failed } = await refreshAllSamlMetadata(options.prisma, {
        allowPrivateNetworks: options.allowPrivateNetworks,
      });
      if (updated > 0) log.info("saml metadata refreshed", { updated });
      if (failed > 0) throw new Error(`SAML metadata could not be read for ${failed} provider(s)`);
    },
    "maintain-signing-keys": async () => {
      const { failed } = await maintainAllSigningKeys(
        options.prisma,
        options.encryptionKey,
        options.signingKeys,
      );
      if (failed > 0) throw new Error(`signing key maintenance failed for ${failed} tenant(s)`);
    },
  };
}

/**
 * Runs this instance's share of the background jobs: every instance runs a
 * worker, and each job is taken by exactly one of them. `stop()` lets running
 * jobs finish, then releases the worker's connections.
 */
export async function startBackgroundWorker(options: BackgroundWorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.databaseUrl,
    maxPoolSize: (options.concurrency ?? 4) + 2,
    concurrency: options.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 2000,
    logger: jobQueueLogger,
    taskList: tasks(options),
    parsedCronItems: SCHEDULE,
  });
}
