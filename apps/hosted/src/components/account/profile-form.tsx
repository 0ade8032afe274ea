"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { AttributeField } from "@guestlist/domain/flows/attribute-form";
import { AttributesForm } from "../steps/attributes-form";
import { NOTHING_SENT, type AccountFormState } from "./account-form-state";

/** The answers people may change, in the sign-up page's layout and with its checks. */
export function ProfileForm({
  tenantSlug,
  fields,
  values,
  action,
}: {
  tenantSlug: string;
  fields: AttributeField[];
  values: Record<string, unknown>;
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
}) {
  const t = useTranslations("account");
  const [state, formAction] = useActionState(action, NOTHING_SENT);
  // Stored numbers are typed into text boxes: the form (and its schema) sees them as the text they are.
  const asTyped = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "number" ? String(value) : value,
    ]),
  );
  return (
    <>
      {state.message ? (
        <p
          role="alert"
          className="mb-4 rounded-lg border-2 border-red-700 p-3 text-sm text-red-800"
        >
          {state.message}
        </p>
      ) : null}
      <AttributesForm
        fields={fields}
        terms={{ tenantSlug, current: [] }}
        defaultValues={state.values ?? asTyped}
        serverErrors={state.fieldErrors ?? {}}
        submit={formAction}
        submitLabel={t("saveChanges")}
      />
    </>
  );
}
