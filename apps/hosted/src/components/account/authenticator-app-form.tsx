"use client";

import { useTranslations } from "next-intl";
import { AuthenticatorAppSetup } from "../authenticator-app-setup";
import type { AccountFormState } from "./account-form-state";
import { NewRecoveryCodes } from "./new-recovery-codes";
import { TextFieldForm } from "./text-field-form";

/** Adding an authenticator app: the QR code and key of a secret offered for this form, and its first code. */
export function AuthenticatorAppForm({
  action,
  offer,
}: {
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
  offer: { sealedSecret: string; secret: string; qrSvg: string };
}) {
  const t = useTranslations("account");
  const enrol = useTranslations("enrolStep");
  return (
    <TextFieldForm
      action={action}
      submitLabel={t("addTheApp")}
      fields={[
        {
          name: "code",
          label: enrol("appCodeLabel"),
          type: "text",
          autoComplete: "one-time-code",
          hint: enrol("appCodeHint"),
          numeric: true,
        },
      ]}
      whenSaved={(state) => <NewRecoveryCodes done={t("appAdded")} codes={state.recoveryCodes} />}
    >
      <input type="hidden" name="sealedSecret" value={offer.sealedSecret} />
      <p className="text-slate-700">{t("scanOrType")}</p>
      <AuthenticatorAppSetup secret={offer.secret} qrSvg={offer.qrSvg} />
    </TextFieldForm>
  );
}
