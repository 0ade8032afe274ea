import { useTranslations } from "next-intl";
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
