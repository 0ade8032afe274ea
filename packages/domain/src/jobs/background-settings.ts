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
});
