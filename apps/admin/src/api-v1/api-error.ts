import { ZodError } from "zod";
import { createLogger } from "@guestlist/domain";
import { isAppError } from "@guestlist/domain/errors";

const log = createLogger("admin-api");

export interface ApiErrorBody {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

export function apiError(
  status: number,
  code: string,
  message: string,
  init: { details?: { path: string; message: string }[]; headers?: HeadersInit } = {},
): Response {
  const body: ApiErrorBody = {
    error: { code, message, ...(init.details ? { details: init.details } : {}) },
  };
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...init.headers } });
}

/**
 * A thrown error as the API's JSON error: domain errors with their status,
 * validation errors as 422 with the failing fields, anything else as a 500
 * that names an id the operator finds in the log, and nothing more.
 */
export function errorResponse(error: unknown, headers: HeadersInit = {}): Response {
  if (error instanceof ZodError)
    return apiError(422, "invalid_input", "The request is not valid; see details.", {
      details: error.issues.map((issue) => ({
        path: issue.path.join("."),
        message: issue.message,
      })),
      headers,
    });
  if (isAppError(error)) {
    const retry = error.details.retryAfterSeconds;
    return apiError(error.httpStatus, error.code, error.message, {
      details: error.details.fieldIssues,
      headers: {
        ...headers,
        ...(retry ? { "retry-after": String(retry) } : {}),
        ...(error.code === "unauthenticated"
          ? { "www-authenticate": 'Bearer realm="guestlist"' }
          : {}),
      },
    });
  }
  const incident = crypto.randomUUID();
  log.error("admin API request failed", { incident, error });
  return apiError(500, "internal", `Something went wrong on our side (incident ${incident}).`, {
    headers,
  });
}
