import type { JourneyView } from "@guestlist/domain/journeys";
import {
  ErrorSummary,
  FieldError,
  Notice,
  PrimaryButton,
  describedBy,
  fieldIds,
  inputClass,
} from "../form-controls";
import { EmailAddress } from "../email-address";

/** Choosing a password, for a new account or after "forgot your password". */
export function PasswordStep({
  view,
  choose,
}: {
  view: JourneyView;
  choose: (form: FormData) => Promise<void>;
}) {
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.password;
  const ids = fieldIds("password");
  return (
    <>
      {error ? (
        <ErrorSummary errors={{ password: error }} labels={{ password: "Password" }} />
      ) : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        {view.data.passwordPurpose === "SIGN_UP"
          ? "Choose a password for "
          : "Choose a new password for "}
        <EmailAddress value={view.email ?? ""} />.
      </p>
      <form action={choose} noValidate className="space-y-4">
        <input
          type="email"
          name="username"
          autoComplete="username"
          defaultValue={view.email ?? ""}
          hidden
          readOnly
        />
        <div>
          <label htmlFor={ids.input} className="block font-medium">
            {view.data.passwordPurpose === "SIGN_UP" ? "Password" : "New password"}
          </label>
          <p id={ids.hint} className="text-sm text-slate-600">
            At least 8 characters; 15 or more is better. A few unrelated words are easy to remember.
            No special characters needed.
          </p>
          <input
            id={ids.input}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("password", true, !!error)}
            className={inputClass}
          />
          <FieldError name="password" message={error} />
        </div>
        <PrimaryButton>Continue</PrimaryButton>
      </form>
    </>
  );
}
