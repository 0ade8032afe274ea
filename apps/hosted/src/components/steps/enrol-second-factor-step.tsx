import type { JourneyView } from "@guestlist/domain/journeys";
import { ErrorSummary, Notice, PrimaryButton, SecondaryButton } from "../form-controls";
import { AuthenticatorAppSetup } from "../authenticator-app-setup";
import { PasskeyButton } from "./passkey-button";
import { SixDigitCodeField } from "./six-digit-code-field";

interface Props {
  view: JourneyView;
  /** The authenticator app being set up, once chosen. */
  authenticatorApp: { secret: string; qrSvg: string } | null;
  chooseAuthenticatorApp: () => Promise<void>;
  confirm: (form: FormData) => Promise<void>;
  passkey: {
    options: () => Promise<{ options: unknown } | { message: string }>;
    answer: (response: unknown) => Promise<void>;
  };
  skip: () => Promise<void>;
  cancel: () => Promise<void>;
}

/** Setting up a second factor: a passkey (JavaScript), or an authenticator app (QR code or the key typed). */
export function EnrolSecondFactorStep(props: Props) {
  const { view, authenticatorApp } = props;
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.code;
  const optional = view.data.secondFactorOptional === true;
  return (
    <>
      {error ? <ErrorSummary errors={{ code: error }} labels={{ code: "Code" }} /> : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        {optional
          ? `${view.tenant.name} suggests a second step for signing in, so that your email alone is not enough to get into your account.`
          : `${view.tenant.name} asks for a second step when you sign in. Set one up to continue.`}
      </p>
      {authenticatorApp ? (
        <>
          <h2 className="mb-2 font-semibold">Authenticator app</h2>
          <ol className="mb-4 list-decimal space-y-2 pl-5 text-slate-700">
            <li>
              Open an authenticator app (Microsoft Authenticator, Google Authenticator, 1Password…).
            </li>
            <li>Scan this QR code, or enter the key below.</li>
            <li>Type the 6-digit code the app shows.</li>
          </ol>
          <AuthenticatorAppSetup
            secret={authenticatorApp.secret}
            qrSvg={authenticatorApp.qrSvg}
            centred
          />
          <form action={props.confirm} noValidate className="space-y-4">
            <SixDigitCodeField
              label="Code from the app"
              hint="The 6 digits it shows now."
              error={error}
            />
            <PrimaryButton>Confirm</PrimaryButton>
          </form>
        </>
      ) : (
        <div className="space-y-4">
          <PasskeyButton
            label="Use a passkey"
            ceremony="register"
            options={props.passkey.options}
            answer={props.passkey.answer}
          />
          <form action={props.chooseAuthenticatorApp}>
            <SecondaryButton>Use an authenticator app</SecondaryButton>
          </form>
        </div>
      )}
      <div className="mt-6 space-y-3">
        {optional ? (
          <form action={props.skip}>
            <SecondaryButton>Not now</SecondaryButton>
          </form>
        ) : null}
        <form action={props.cancel}>
          <SecondaryButton>Cancel</SecondaryButton>
        </form>
      </div>
    </>
  );
}
