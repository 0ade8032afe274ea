import { useTranslations } from "next-intl";
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
  const t = useTranslations("secondFactorStep");
  const common = useTranslations("common");
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.code;
  const ids = fieldIds("code");
  const { authenticatorApp, passkey: hasPasskey } = view.secondFactors;
  return (
    <>
      {error ? <ErrorSummary errors={{ code: error }} labels={{ code: common("code") }} /> : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        {t("intro")}{" "}
        {hasPasskey
          ? authenticatorApp
            ? t("usePasskeyOrApp")
            : t("usePasskeyOrRecovery")
          : t("enterAppCode")}
      </p>
      {hasPasskey ? (
        <div className="mb-6">
          <PasskeyButton
            label={t("usePasskey")}
            ceremony="authenticate"
            options={passkey.options}
            answer={passkey.answer}
          />
        </div>
      ) : null}
      <form action={verify} noValidate className="space-y-4">
        <div>
          <label htmlFor={ids.input} className="block font-medium">
            {common("code")}
          </label>
          <p id={ids.hint} className="text-sm text-slate-600">
            {authenticatorApp ? t("appOrRecoveryHint") : t("recoveryHint")}
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
        <PrimaryButton>{common("verify")}</PrimaryButton>
      </form>
      <div className="mt-6 text-sm">
        <form action={cancel}>
          <SecondaryButton>{common("cancel")}</SecondaryButton>
        </form>
      </div>
    </>
  );
}
