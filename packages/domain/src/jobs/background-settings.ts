import { z } from "zod";

const days = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number of days" })
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .default(fallback);

/** Retention of what background sweeps delete; read by every app that runs the worker. */
export const ZBackgroundEnv = z.object({
  GUESTLIST_EMAIL_RETENTION_DAYS: days(30),
  GUESTLIST_CONNECTOR_CALL_RETENTION_DAYS: days(30),
  GUESTLIST_WEBHOOK_RETENTION_DAYS: days(30),
  /** Seconds before each retry of a failed webhook, comma-separated; after the last, it is given up. */
  GUESTLIST_WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "must be seconds separated by commas, e.g. 5,60,300")
    .transform((schedule) => schedule.split(",").map((seconds) => Number(seconds.trim())))
    .optional(),
});
