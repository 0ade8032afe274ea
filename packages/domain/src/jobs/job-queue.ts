import { Logger, runMigrations, type LogLevel } from "graphile-worker";
import type pg from "pg";
import { createLogger } from "../logging/logger";

/**
 * Background work runs through graphile-worker: its jobs are rows in the
 * `graphile_worker` schema of our own database, taken by exactly one instance
 * (SKIP LOCKED), retried with exponential backoff, and started within
 * milliseconds of their commit (LISTEN/NOTIFY).
 */
export const JOB_QUEUE_SCHEMA = "graphile_worker";

const log = createLogger("jobs");

/** graphile-worker's log lines in our JSON-lines format. */
export const jobQueueLogger = new Logger(
  (scope) => (level: LogLevel, message: string, meta?: object) => {
    const fields = { task: scope.taskIdentifier, jobId: scope.jobId, ...meta };
    const severity = String(level);
    if (severity === "error") log.error(message, fields);
    else if (severity === "warning") log.warn(message, fields);
    // Its info lines (a line per job) are for debugging; our tasks log what matters.
    else log.debug(message, fields);
  },
);

/**
 * Creates or upgrades the queue's tables (graphile-worker's own migrations,
 * under its advisory lock, so instances starting together do not race).
 */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: jobQueueLogger });
}

export interface JobOptions {
  /** Attempts before the job is given up; retries back off exponentially (e^attempt seconds). */
  maxAttempts?: number;
  /** Later runs of the same key replace a job that has not started yet. */
  jobKey?: string;
  runAt?: Date;
  /** Jobs of one named queue run one at a time, in order. */
  queueName?: string;
}

/**
 * Adds a job in the caller's transaction when it passes one: the job exists
 * exactly when the change that asked for it committed.
 */
export async function enqueueJob(
  sql: pg.Pool | pg.PoolClient,
  task: string,
  payload: Record<string, unknown>,
  options: JobOptions = {},
): Promise<void> {
  await sql.query(
    `SELECT ${JOB_QUEUE_SCHEMA}.add_job($1, $2::json, max_attempts => $3, job_key => $4, run_at => $5,
                                        queue_name => $6)`,
    [
      task,
      JSON.stringify(payload),
      options.maxAttempts ?? null,
      options.jobKey ?? null,
      options.runAt ?? null,
      options.queueName ?? null,
    ],
  );
}
