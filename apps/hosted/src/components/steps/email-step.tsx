import { useTranslations } from "next-intl";
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
import { PasskeyAutofill, PasskeyButton } from "./passkey-button";
import { BotCheck, type BotCheckProps } from "../bot-check";

interface Props {
  view: JourneyView;
  submit: (form: FormData) => Promise<void>;
  switchTo: () => Promise<void>;
  cancel: () => Promise<void>;
  /** When the flow offers email + password accounts: sign in with a password, or reset it. */
  password?: {
    signIn: (form: FormData) => Promise<void>;
    reset: (form: FormData) => Promise<void>;
    change: (form: FormData) => Promise<void>;
  };
  /** The flow lets people sign in with a passkey alone. */
  passkey?: {
    options: () => Promise<{ options: unknown } | { message: string }>;
    answer: (response: unknown) => Promise<void>;
  };
  /** The flow's upstream providers, each with the action that starts signing in there. */
  federated: { id: string; displayName: string; start: () => Promise<void> }[];
  /** The flow asks for a proof of work before a code is sent. */
  botCheck?: BotCheckProps;
}

/** Sign-in, or sign-up with the flow's providers: both start with the email address. */
export function EmailStep({
  view,
  submit,
  switchTo,
  cancel,
  federated,
  password,
  passkey,
  botCheck,
}: Props) {
  const t = useTranslations("emailStep");
  const common = useTranslations("common");
  const signUp = view.kind === "SIGN_UP";
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.email;
  const passwordError = flash.fieldErrors?.password;
  const typed = flash.values?.email;
  // An invitation's sign-up is for the address it was sent to.
  const invitedAddress = signUp ? view.data.invitation?.email : undefined;
  const value = invitedAddress ?? (typeof typed === "string" ? typed : (view.email ?? ""));
  const ids = fieldIds("email");
  const app = view.application?.name ?? common("theApplication");
  const offersCode = view.providers.some((p) => p.type === "EMAIL_OTP");
  // Only what the flow offers: a code (or, to sign up, the code that starts a password account).
  const offersEmailCode = offersCode || !!password;
  // Signing in to a flow with password accounts asks for the password; a code stays available.
  const usePassword = !signUp && !!password;
  // Addresses at a partner's domains go to the partner's provider (home realm discovery).
  const homeRealm = view.providers.some((provider) => provider.homeRealm);
  const codeHint = invitedAddress ? t("invitedCodeHint") : t("codeHint");
  const hint = !offersEmailCode
    ? t("homeRealmHint")
    : homeRealm
      ? `${codeHint} ${t("homeRealmInsteadHint")}`
      : codeHint;

  if (signUp && !view.signUpAllowed) {
    return (
      <>
        <p className="mb-6">
          {view.invitationOnly ? t("invitationOnly", { app }) : t("signUpClosed", { app })}
        </p>
        <form action={switchTo}>
          <PrimaryButton>{common("signIn")}</PrimaryButton>
        </form>
      </>
    );
  }

  return (
    <>
      <p className="mb-6 text-slate-700">
        {signUp ? t("signUpIntro", { app }) : t("signInIntro", { app })}
      </p>
      {error || passwordError ? (
        <ErrorSummary
          errors={{
            ...(error ? { email: error } : {}),
            ...(passwordError ? { password: passwordError } : {}),
          }}
          labels={{ email: common("email"), password: common("password") }}
        />
      ) : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      {!offersEmailCode && !homeRealm && !federated.length ? (
        <p className="mb-6">{t("noWayIn", { app })}</p>
      ) : null}
      {offersEmailCode || homeRealm ? (
        <form action={usePassword ? password.signIn : submit} noValidate className="space-y-4">
          <div>
            <label htmlFor={ids.input} className="block font-medium">
              {common("email")}
            </label>
            {usePassword ? null : (
              <p id={ids.hint} className="text-sm text-slate-600">
                {hint}
              </p>
            )}
            <input
              id={ids.input}
              name="email"
              type="email"
              autoComplete={`${usePassword ? "username" : "email"}${passkey && !signUp ? " webauthn" : ""}`}
              spellCheck={false}
              required
              readOnly={!!invitedAddress}
              defaultValue={value}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy("email", !usePassword, !!error)}
              className={inputClass}
            />
            <FieldError name="email" message={error} />
          </div>
          {usePassword ? (
            <div>
              <label htmlFor={fieldIds("password").input} className="block font-medium">
                {common("password")}
              </label>
              <input
                id={fieldIds("password").input}
                name="password"
                type="password"
                autoComplete="current-password"
                aria-invalid={passwordError ? true : undefined}
                aria-describedby={describedBy("password", false, !!passwordError)}
                className={inputClass}
              />
              <FieldError name="password" message={passwordError} />
            </div>
          ) : null}
          {botCheck && (!usePassword || offersCode) ? <BotCheck {...botCheck} /> : null}
          <PrimaryButton>
            {usePassword
              ? common("signIn")
              : signUp && offersEmailCode && !homeRealm
                ? t("sendCode")
                : t("next")}
          </PrimaryButton>
          {usePassword ? (
            <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
              <button
                type="submit"
                formAction={password.reset}
                className="font-medium text-[var(--brand)] underline underline-offset-2"
              >
                {t("forgotPassword")}
              </button>
              <button
                type="submit"
                formAction={password.change}
                className="font-medium text-[var(--brand)] underline underline-offset-2"
              >
                {t("changePassword")}
              </button>
              {offersCode ? (
                <button
                  type="submit"
                  formAction={submit}
                  className="font-medium text-[var(--brand)] underline underline-offset-2"
                >
                  {t("codeInstead")}
                </button>
              ) : null}
            </div>
          ) : null}
        </form>
      ) : null}
      {passkey && !signUp ? (
        <div className="mt-6">
          <PasskeyAutofill options={passkey.options} answer={passkey.answer} />
          <PasskeyButton
            label={t("passkey")}
            ceremony="authenticate"
            options={passkey.options}
            answer={passkey.answer}
          />
        </div>
      ) : null}
      {federated.length ? (
        <div className="mt-6">
          <p className="mb-2 text-sm text-slate-600">
            {offersEmailCode || homeRealm ? t("orContinueWith") : t("continueWith")}
          </p>
          <ul className="space-y-2">
            {federated.map((provider) => (
              <li key={provider.id}>
                <form action={provider.start}>
                  <SecondaryButton>{provider.displayName}</SecondaryButton>
                </form>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-6 space-y-3 text-sm">
        {signUp ? (
          <div>
            {t("haveAccount")} <LinkButton action={switchTo}>{common("signIn")}</LinkButton>
          </div>
        ) : view.signUpAllowed ? (
          <div>
            {t("noAccount")} <LinkButton action={switchTo}>{t("createOne")}</LinkButton>
          </div>
        ) : null}
        <form action={cancel}>
          <SecondaryButton>{common("cancel")}</SecondaryButton>
        </form>
      </div>
    </>
  );
}
