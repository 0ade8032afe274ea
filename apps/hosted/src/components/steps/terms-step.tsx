import { useTranslations } from "next-intl";
import type { JourneyView } from "@guestlist/domain/journeys";
import { TERMS_FIELD } from "@guestlist/domain/terms/schemas";
import { PrimaryButton, SecondaryButton } from "../form-controls";
import { TermsAcceptance } from "../terms-acceptance";

/** A returning person accepts the versions published since they last did, before the sign-in completes. */
export function TermsStep({
  view,
  accept,
  cancel,
}: {
  view: JourneyView;
  accept: (form: FormData) => Promise<void>;
  cancel: () => Promise<void>;
}) {
  const t = useTranslations("termsStep");
  const common = useTranslations("common");
  const app = view.application?.name ?? common("theApplication");
  return (
    <>
      <p className="mb-6 text-slate-700">{t("updated", { tenant: view.tenant.name, app })}</p>
      <form action={accept} className="space-y-5">
        <TermsAcceptance
          tenantSlug={view.tenant.slug}
          terms={view.terms}
          error={view.data.flash?.fieldErrors?.[TERMS_FIELD]}
        />
        <PrimaryButton>{t("acceptAndContinue")}</PrimaryButton>
      </form>
      <form action={cancel} className="mt-3">
        <SecondaryButton>{common("cancel")}</SecondaryButton>
      </form>
    </>
  );
}
