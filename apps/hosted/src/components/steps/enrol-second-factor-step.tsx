import { useTranslations } from "next-intl";
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
  const t = useTranslations("enrolStep");
  const common = useTranslations("common");
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.code;
  const optional = view.data.secondFactorOptional === true;
  return (
    <>
      {error ? <ErrorSummary errors={{ code: error }} labels={{ code: common("code") }} /> : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        {optional
          ? t("optionalIntro", { tenant: view.tenant.name })
          : t("requiredIntro", { tenant: view.tenant.name })}
      </p>
      {authenticatorApp ? (
        <>
          <h2 className="mb-2 font-semibold">{t("appHeading")}</h2>
          <ol className="mb-4 list-decimal space-y-2 pl-5 text-slate-700">
            <li>{t("appStep1")}</li>
            <li>{t("appStep2")}</li>
            <li>{t("appStep3")}</li>
          </ol>
          <AuthenticatorAppSetup
            secret={authenticatorApp.secret}
            qrSvg={authenticatorApp.qrSvg}
            centred
          />
          <form action={props.confirm} noValidate className="space-y-4">
            <SixDigitCodeField label={t("appCodeLabel")} hint={t("appCodeHint")} error={error} />
            <PrimaryButton>{common("confirm")}</PrimaryButton>
          </form>
        </>
      ) : (
        <div className="space-y-4">
          <PasskeyButton
            label={t("usePasskey")}
            ceremony="register"
            options={props.passkey.options}
            answer={props.passkey.answer}
          />
          <form action={props.chooseAuthenticatorApp}>
            <SecondaryButton>{t("useApp")}</SecondaryButton>
          </form>
        </div>
      )}
      <div className="mt-6 space-y-3">
        {optional ? (
          <form action={props.skip}>
            <SecondaryButton>{t("notNow")}</SecondaryButton>
          </form>
        ) : null}
        <form action={props.cancel}>
          <SecondaryButton>{common("cancel")}</SecondaryButton>
        </form>
      </div>
    </>
  );
}
