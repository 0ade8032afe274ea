import { isAppError } from "../errors/app-error";

/** Network failures reaching PostgreSQL, from `pg` or Node's socket. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE"]);
/** SQLSTATEs saying the server is unreachable, shutting down or full, not that the query was wrong. */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "53400"]);
/** Prisma's "cannot reach" and "connection closed" codes. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** What `pg` throws without a code when a connection ends or cannot be had. */
const PG_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  // SQLSTATE 55000 while the database is closed for maintenance (ALLOW_CONNECTIONS false).
  /is not currently accepting connections/i,
];

/**
 * Whether an error means the database cannot be reached at the moment, as
 * opposed to a bug or a bad request: pages then say that something on our
 * side is down and the person's progress is kept, never that it expired.
 * Follows `cause` chains (Prisma's driver adapter wraps pg's errors).
 */
export function isDatabaseDown(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (isAppError(current) && current.code === "database_unavailable") return true;
    if (typeof current !== "object") return false;
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof code === "string") {
      if (NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code))
        return true;
      if (code.startsWith("08")) return true;
    }
    if (typeof message === "string" && PG_MESSAGES.some((pattern) => pattern.test(message)))
      return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseDown)) return true;
    current = cause;
  }
  return false;
}
