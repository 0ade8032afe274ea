"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOTHING_SENT, type AccountFormState } from "./account-form-state";
import { NewRecoveryCodes } from "./new-recovery-codes";

/** "Get new recovery codes": the old ones stop working, the new ones are shown once. */
export function RenewRecoveryCodesForm({
  action,
}: {
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
}) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(action, NOTHING_SENT);
  if (state.status === "saved")
    return <NewRecoveryCodes done={t("oldCodesGone")} codes={state.recoveryCodes} />;
  return (
    <form action={formAction}>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center justify-center rounded-lg border border-[var(--brand)] bg-white px-3 py-2 text-sm font-medium text-[var(--brand)] focus-visible:outline-3"
      >
        {t("renewCodes")}
      </button>
      {state.message ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
