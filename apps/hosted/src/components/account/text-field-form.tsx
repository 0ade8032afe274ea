"use client";

import { useActionState, type ReactNode } from "react";
import { FieldError, PrimaryButton, describedBy, fieldIds, inputClass } from "../form-controls";
import { NOTHING_SENT, type AccountFormState } from "./account-form-state";

export interface Field {
  name: string;
  label: string;
  type: "email" | "password" | "text";
  autoComplete: string;
  hint?: string;
  /** One-time codes: digits, and the phone's numeric keyboard. */
  numeric?: boolean;
}

/**
 * A small form of labelled fields and one button (new address, a code, a
 * password change). The server's messages appear under their fields and are
 * announced; what was typed comes back, passwords excepted.
 */
export function TextFieldForm({
  action,
  fields,
  submitLabel,
  danger = false,
  children,
  whenSaved,
}: {
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
  fields: Field[];
  submitLabel: string;
  /** The button does something that cannot be undone. */
  danger?: boolean;
  children?: ReactNode;
  /** What replaces the form once the server saved it (a form whose page does not move on). */
  whenSaved?: (state: AccountFormState) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, NOTHING_SENT);
  if (whenSaved && state.status === "saved") return whenSaved(state);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.message ? (
        <p role="alert" className="rounded-lg border-2 border-red-700 p-3 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      {children}
      {fields.map((field) => {
        const ids = fieldIds(field.name);
        const error = errors[field.name];
        const previous = field.type === "password" ? "" : state.values?.[field.name];
        return (
          <div key={field.name}>
            <label htmlFor={ids.input} className="block font-medium text-slate-900">
              {field.label}
            </label>
            {field.hint ? (
              <p id={ids.hint} className="text-sm text-slate-600">
                {field.hint}
              </p>
            ) : null}
            <input
              id={ids.input}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              inputMode={field.numeric ? "numeric" : undefined}
              defaultValue={typeof previous === "string" ? previous : ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(field.name, !!field.hint, !!error)}
              className={inputClass}
            />
            <FieldError name={field.name} message={error} />
          </div>
        );
      })}
      <div aria-busy={pending || undefined}>
        {danger ? (
          <button
            type="submit"
            className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 focus-visible:outline-3"
          >
            {submitLabel}
          </button>
        ) : (
          <PrimaryButton>{submitLabel}</PrimaryButton>
        )}
      </div>
    </form>
  );
}
