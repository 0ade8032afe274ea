"use client";

import { useActionState, type ReactNode } from "react";
import { NOTHING_SENT, type AccountFormState } from "./account-form-state";

type Action = (state: AccountFormState, form: FormData) => Promise<AccountFormState>;

/**
 * A form of one button (and hidden fields) whose refusal is said next to it:
 * remove a password, unlink a provider, withdraw an application's access.
 */
export function ActionForm({
  action,
  hidden = {},
  label,
  danger = false,
  children,
}: {
  action: Action;
  hidden?: Record<string, string>;
  label: string;
  danger?: boolean;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, NOTHING_SENT);
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex min-h-11 items-center justify-center rounded-lg border px-3 py-2 text-sm font-medium focus-visible:outline-3 ${
          danger ? "border-red-700 text-red-800" : "border-[var(--brand)] text-[var(--brand)]"
        } bg-white`}
      >
        {label}
      </button>
      {state.message ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
