"use client";

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
  return (
    <TextFieldForm
      action={action}
      submitLabel="Add the authenticator app"
      fields={[
        {
          name: "code",
          label: "Code from the app",
          type: "text",
          autoComplete: "one-time-code",
          hint: "The 6 digits it shows now.",
          numeric: true,
        },
      ]}
      whenSaved={(state) => (
        <NewRecoveryCodes done="The authenticator app was added." codes={state.recoveryCodes} />
      )}
    >
      <input type="hidden" name="sealedSecret" value={offer.sealedSecret} />
      <p className="text-slate-700">
        Scan this QR code with an authenticator app, or enter the key by hand.
      </p>
      <AuthenticatorAppSetup secret={offer.secret} qrSvg={offer.qrSvg} />
    </TextFieldForm>
  );
}
