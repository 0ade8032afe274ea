import type { MessageKey } from "../i18n/catalogue";
import type { TextValues } from "../i18n/text";

/**
 * The one error type the domain throws on purpose. Each code maps to one HTTP
 * status (and, on the OIDC endpoints, to one OAuth error) at the edge; anything
 * else that escapes is a bug and is reported as an internal error.
 */
export const APP_ERROR_CODES = {
  invalid_input: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  config_invalid: 500,
  database_unavailable: 503,
  database_not_migrated: 503,
  dependency_failed: 502,
  internal: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export interface FieldIssue {
  /** Dotted path of the input field, e.g. "redirectUris.0". */
  path: string;
  message: string;
}

export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: {
      fieldIssues?: FieldIssue[];
      cause?: unknown;
      /** For rate_limited: when the caller may try again. */
      retryAfterSeconds?: number;
      /** What a person on a hosted page reads, in their language (the message is the operator's English). */
      text?: { key: MessageKey; values?: TextValues };
    } = {},
  ) {
    super(message, { cause: details.cause });
  }

  get httpStatus(): number {
    return APP_ERROR_CODES[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
