import type { ActionResult } from "../action-result";
import { describeError } from "./describe-error";

/** A thrown error as a server action's result: the message for the form, and each field's own. */
export function actionFailure(error: unknown): Extract<ActionResult, { ok: false }> {
  const { message, fieldIssues } = describeError(error);
  const fieldErrors: Record<string, string> = {};
  for (const issue of fieldIssues ?? []) fieldErrors[issue.path] ??= issue.message;
  return { ok: false, message, ...(fieldIssues ? { fieldErrors } : {}) };
}
