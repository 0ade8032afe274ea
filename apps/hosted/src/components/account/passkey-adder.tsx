"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { PasskeyButton } from "../steps/passkey-button";
import type { AccountFormState } from "./account-form-state";
import { NewRecoveryCodes } from "./new-recovery-codes";

/** "Add a passkey" on the account page: the browser makes it, the server checks and keeps it. */
export function PasskeyAdder({
  options,
  answer,
}: {
  options: () => Promise<{ options: unknown } | { message: string }>;
  answer: (response: unknown) => Promise<AccountFormState>;
}) {
  const t = useTranslations("account");
  const [result, setResult] = useState<AccountFormState | null>(null);
  if (result?.status === "saved")
    return <NewRecoveryCodes done={t("passkeyAdded")} codes={result.recoveryCodes} />;
  return (
    <>
      <PasskeyButton
        label={t("addPasskey")}
        ceremony="register"
        options={options}
        answer={answer}
        onAnswered={(answered) => setResult(answered as AccountFormState)}
      />
      {result?.message ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {result.message}
        </p>
      ) : null}
    </>
  );
}
