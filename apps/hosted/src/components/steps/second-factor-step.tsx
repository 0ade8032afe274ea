import type { JourneyView } from "@guestlist/domain/journeys";
import {
  ErrorSummary,
  FieldError,
  Notice,
  PrimaryButton,
  SecondaryButton,
  describedBy,
  fieldIds,
  inputClass,
} from "../form-controls";
import { PasskeyButton } from "./passkey-button";

interface Props {
  view: JourneyView;
  verify: (form: FormData) => Promise<void>;
  passkey: {
    options: () => Promise<{ options: unknown } | { message: string }>;
    answer: (response: unknown) => Promise<void>;
  };
  cancel: () => Promise<void>;
}

/** The second factor: a passkey (with JavaScript), an authenticator app code, or a recovery code. */
export function SecondFactorStep({ view, verify, passkey, cancel }: Props) {
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.code;
  const ids = fieldIds("code");
  const { authenticatorApp, passkey: hasPasskey } = view.secondFactors;
  return (
    <>
      {error ? <ErrorSummary errors={{ code: error }} labels={{ code: "Code" }} /> : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        Your account has a second step to keep it safe.{" "}
        {hasPasskey
          ? `Use your passkey, or enter ${authenticatorApp ? "the code from your authenticator app" : "one of your recovery codes"}.`
          : "Enter the code from your authenticator app."}
      </p>
      {hasPasskey ? (
        <div className="mb-6">
          <PasskeyButton
            label="Use your passkey"
            ceremony="authenticate"
            options={passkey.options}
            answer={passkey.answer}
          />
        </div>
      ) : null}
      <form action={verify} noValidate className="space-y-4">
        <div>
          <label htmlFor={ids.input} className="block font-medium">
            Code
          </label>
          <p id={ids.hint} className="text-sm text-slate-600">
            {authenticatorApp
              ? "The 6 digits your authenticator app shows, or a recovery code (like abcd-efgh-jkmn)."
              : "One of the recovery codes you saved (like abcd-efgh-jkmn)."}
          </p>
          <input
            id={ids.input}
            name="code"
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="none"
            maxLength={20}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("code", true, !!error)}
            className={inputClass}
          />
          <FieldError name="code" message={error} />
        </div>
        <PrimaryButton>Verify</PrimaryButton>
      </form>
      <div className="mt-6 text-sm">
        <form action={cancel}>
          <SecondaryButton>Cancel</SecondaryButton>
        </form>
      </div>
    </>
  );
}
