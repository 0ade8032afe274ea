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
  const appName = view.application?.name ?? "the application";
  return (
    <>
      <p className="mb-6 text-slate-700">
        {view.tenant.name} updated the terms of {appName}. Read them and accept them to continue.
      </p>
      <form action={accept} className="space-y-5">
        <TermsAcceptance
          tenantSlug={view.tenant.slug}
          terms={view.terms}
          error={view.data.flash?.fieldErrors?.[TERMS_FIELD]}
        />
        <PrimaryButton>Accept and continue</PrimaryButton>
      </form>
      <form action={cancel} className="mt-3">
        <SecondaryButton>Cancel</SecondaryButton>
      </form>
    </>
  );
}
