import type { JourneyView } from "@guestlist/domain/journeys";
import { ErrorSummary, LinkButton, Notice, PrimaryButton, SecondaryButton } from "../form-controls";
import { EmailAddress } from "../email-address";
import { SixDigitCodeField } from "./six-digit-code-field";

interface Props {
  view: JourneyView;
  verify: (form: FormData) => Promise<void>;
  resend: () => Promise<void>;
  useAnotherEmail: () => Promise<void>;
}

export function CodeStep({ view, verify, resend, useAnotherEmail }: Props) {
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.code;
  return (
    <>
      {error ? <ErrorSummary errors={{ code: error }} labels={{ code: "Code" }} /> : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        We sent a code to <EmailAddress value={view.email ?? ""} />. It expires in 10 minutes.
      </p>
      <form action={verify} noValidate className="space-y-4">
        <SixDigitCodeField
          label="Verification code"
          hint="The 6 digits from the email."
          error={error}
        />
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
