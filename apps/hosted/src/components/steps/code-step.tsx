import { useTranslations } from "next-intl";
import type { JourneyView } from "@guestlist/domain/journeys";
import { ErrorSummary, LinkButton, Notice, PrimaryButton, SecondaryButton } from "../form-controls";
import { EmailAddress } from "../email-address";
import { SixDigitCodeField } from "./six-digit-code-field";
import { BotCheck, type BotCheckProps } from "../bot-check";

interface Props {
  view: JourneyView;
  verify: (form: FormData) => Promise<void>;
  resend: (form: FormData) => Promise<void>;
  useAnotherEmail: () => Promise<void>;
  /** The flow asks for a proof of work before a new code is sent. */
  botCheck?: BotCheckProps;
}

export function CodeStep({ view, verify, resend, useAnotherEmail, botCheck }: Props) {
  const t = useTranslations("codeStep");
  const common = useTranslations("common");
  const flash = view.data.flash ?? {};
  const error = flash.fieldErrors?.code;
  return (
    <>
      {error ? <ErrorSummary errors={{ code: error }} labels={{ code: common("code") }} /> : null}
      {flash.message ? <Notice>{flash.message}</Notice> : null}
      <p className="mb-6 text-slate-700">
        {t.rich("sentTo", {
          address: view.email ?? "",
          minutes: 10,
          email: () => <EmailAddress value={view.email ?? ""} />,
        })}
      </p>
      <form action={verify} noValidate className="space-y-4">
        <SixDigitCodeField label={t("label")} hint={t("hint")} error={error} />
        <PrimaryButton>{common("verify")}</PrimaryButton>
      </form>
      <div className="mt-6 space-y-3 text-sm">
        <form action={resend}>
          {botCheck ? <BotCheck {...botCheck} /> : null}
          <SecondaryButton>{t("resend")}</SecondaryButton>
        </form>
        <div>
          {t("wrongAddress")}{" "}
          <LinkButton action={useAnotherEmail}>{t("useAnotherEmail")}</LinkButton>
        </div>
      </div>
    </>
  );
}
