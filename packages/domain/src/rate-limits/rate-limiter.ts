import { guestlistMetrics } from "../metrics/guestlist-metrics";
import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { sqlPool } from "../database/sql-pool";
import { AppError, isAppError } from "../errors/app-error";
import type { MessageKey } from "../i18n/catalogue";

/** The table our migrations create for rate-limiter-flexible (model RateLimit). */
const TABLE = "rate_limits";

export interface RateLimit {
  /** Distinguishes limits that share the table, e.g. "api-key". */
  name: string;
  points: number;
  durationSeconds: number;
  /** What the person (or program) is told when over the limit. */
  message: string;
  /** The same, for a person on a hosted page: the text's key in their language. */
  messageKey?: MessageKey;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * A limit kept in PostgreSQL, so every instance of an app counts against the
 * same budget. `consume` spends a point for a key, returning what is left, or
 * throws rate_limited with the seconds until a point frees up.
 */
export function rateLimiter(limit: RateLimit) {
  let limiter: RateLimiterPostgres | undefined;
  const store = () =>
    (limiter ??= new RateLimiterPostgres({
      storeClient: sqlPool(),
      storeType: "pool",
      tableName: TABLE,
      tableCreated: true,
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.durationSeconds,
    }));
  // Keys hold emails, IPs and whatever a request sent: stored as digests, they
  // reveal nothing in the table and always fit it (no NUL, bounded length).
  const digest = (key: string) => createHash("sha256").update(key).digest("base64url");
  const refuse = (msBeforeNext: number) => {
    guestlistMetrics().rateLimitRefusals.inc({ limit: limit.name });
    return new AppError("rate_limited", limit.message, {
      retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
      ...(limit.messageKey ? { text: { key: limit.messageKey } } : {}),
    });
  };
  return {
    /** Throws rate_limited if the key has no points left, without spending one. */
    async check(key: string): Promise<void> {
      const state = await store().get(digest(key));
      if (state && state.consumedPoints >= limit.points) throw refuse(state.msBeforeNext);
    },
    /** Points the key has spent in its current window, spending none. */
    async used(key: string): Promise<number> {
      return (await store().get(digest(key)))?.consumedPoints ?? 0;
    },
    /** Forgets the key's count, e.g. failed sign-ins once the right password is given. */
    async reset(key: string): Promise<void> {
      await store().delete(digest(key));
    },
    async consume(key: string): Promise<RateLimitState> {
      try {
        const result = await store().consume(digest(key));
        return {
          limit: limit.points,
          remaining: result.remainingPoints,
          resetSeconds: Math.ceil(result.msBeforeNext / 1000),
        };
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refuse(error.msBeforeNext);
        throw error;
      }
    },
  };
}

/** An error from a limit: the caller may answer 429 or say how long to wait. */
export function isRateLimited(error: unknown): error is AppError {
  return isAppError(error) && error.code === "rate_limited";
}
