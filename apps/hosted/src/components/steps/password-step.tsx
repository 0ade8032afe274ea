import { useTranslations } from "next-intl";
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
  const t = useTranslations("passwordStep");
  const common = useTranslations("common");
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.password;
  const ids = fieldIds("password");
  return (
    <>
      {error ? (
        <ErrorSummary errors={{ password: error }} labels={{ password: common("password") }} />
      ) : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        {t.rich(view.data.passwordPurpose === "SIGN_UP" ? "forAccount" : "newForAccount", {
          address: view.email ?? "",
          email: () => <EmailAddress value={view.email ?? ""} />,
        })}
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
            {view.data.passwordPurpose === "SIGN_UP" ? common("password") : t("newPassword")}
          </label>
          <p id={ids.hint} className="text-sm text-slate-600">
            {t("hint")}
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
        <PrimaryButton>{common("continue")}</PrimaryButton>
      </form>
    </>
  );
}
