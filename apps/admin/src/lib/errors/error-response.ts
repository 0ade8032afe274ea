import type { FieldIssue } from "@guestlist/domain/errors";
import { describeError } from "./describe-error";

/** The one JSON error shape of the REST API and the portal's own routes. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: FieldIssue[] };
}

export function apiError(
  status: number,
  code: string,
  message: string,
  init: { details?: FieldIssue[]; headers?: HeadersInit } = {},
): Response {
  const body: ApiErrorBody = {
    error: { code, message, ...(init.details ? { details: init.details } : {}) },
  };
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...init.headers } });
}

/** A thrown error as a JSON response (see describeError), with the headers its code calls for. */
export function errorResponse(error: unknown, headers: HeadersInit = {}): Response {
  const described = describeError(error);
  return apiError(described.status, described.code, described.message, {
    details: described.fieldIssues,
    headers: {
      ...headers,
      ...(described.retryAfterSeconds
        ? { "retry-after": String(described.retryAfterSeconds) }
        : {}),
      ...(described.code === "unauthenticated"
        ? { "www-authenticate": 'Bearer realm="guestlist"' }
        : {}),
    },
  });
}
