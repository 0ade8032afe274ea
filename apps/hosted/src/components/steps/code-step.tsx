import type { JourneyView } from "@guestlist/domain/journeys";
import {
  ErrorSummary,
  FieldError,
  LinkButton,
  Notice,
  PrimaryButton,
  SecondaryButton,
  describedBy,
  fieldIds,
  inputClass,
} from "../form-controls";
import { EmailAddress } from "../email-address";

interface Props {
  view: JourneyView;
  verify: (form: FormData) => Promise<void>;
  resend: () => Promise<void>;
  useAnotherEmail: () => Promise<void>;
}

export function CodeStep({ view, verify, resend, useAnotherEmail }: Props) {
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.code;
  const ids = fieldIds("code");
  return (
    <>
      {error ? <ErrorSummary errors={{ code: error }} labels={{ code: "Code" }} /> : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        We sent a code to <EmailAddress value={view.email ?? ""} />. It expires in 10 minutes.
      </p>
      <form action={verify} noValidate className="space-y-4">
        <div>
          <label htmlFor={ids.input} className="block font-medium">
            Verification code
          </label>
          <p id={ids.hint} className="text-sm text-slate-600">
            The 6 digits from the email.
          </p>
          <input
            id={ids.input}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={8}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("code", true, !!error)}
            className={`${inputClass} tracking-[0.3em]`}
          />
          <FieldError name="code" message={error} />
        </div>
        <PrimaryButton>Verify</PrimaryButton>
      </form>
      <div className="mt-6 space-y-3 text-sm">
        <form action={resend}>
          <SecondaryButton>Send a new code</SecondaryButton>
        </form>
        <div>
          Wrong address? <LinkButton action={useAnotherEmail}>Use another email</LinkButton>
        </div>
      </div>
    </>
  );
}
