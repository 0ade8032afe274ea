import { ZodError } from "zod";
import { createLogger } from "@guestlist/domain";
import { isAppError, type FieldIssue } from "@guestlist/domain/errors";

const log = createLogger("admin");

/** What the caller of a server action, portal route or REST API request learns of a failure. */
export interface DescribedError {
  status: number;
  code: string;
  message: string;
  fieldIssues?: FieldIssue[];
  retryAfterSeconds?: number;
}

/**
 * The admin's one mapping from a thrown error to what its caller sees:
 * validation errors name their fields, domain errors keep their code, status
 * and message, and anything else is logged with an incident id, the only
 * thing the caller gets to quote to an operator.
 */
export function describeError(error: unknown): DescribedError {
  if (error instanceof ZodError)
    return {
      status: 422,
      code: "invalid_input",
      message: "Some fields are not valid; see each field's message.",
      fieldIssues: error.issues.map((issue) => ({
        path: issue.path.join("."),
        message: issue.message,
      })),
    };
  if (isAppError(error))
    return {
      status: error.httpStatus,
      code: error.code,
      message: error.message,
      fieldIssues: error.details.fieldIssues,
      retryAfterSeconds: error.details.retryAfterSeconds,
    };
  const incident = crypto.randomUUID();
  log.error("admin request failed", { incident, error });
  return {
    status: 500,
    code: "internal",
    message: `Something went wrong on our side; nothing was changed (incident ${incident}).`,
  };
}
