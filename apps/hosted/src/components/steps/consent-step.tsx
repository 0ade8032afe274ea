import { useTranslations } from "next-intl";
import type { JourneyView } from "@guestlist/domain/journeys";
import { PrimaryButton, SecondaryButton } from "../form-controls";

const DESCRIBED_SCOPES = new Set(["openid", "profile", "email", "offline_access"] as const);
type DescribedScope = typeof DESCRIBED_SCOPES extends Set<infer S> ? S : never;
const isDescribed = (scope: string): scope is DescribedScope =>
  DESCRIBED_SCOPES.has(scope as DescribedScope);

export function ConsentStep({
  view,
  decide,
}: {
  view: JourneyView;
  decide: (form: FormData) => Promise<void>;
}) {
  const t = useTranslations("consentStep");
  const scopes = view.data.missingScopes.length
    ? view.data.missingScopes
    : view.data.requestedScopes;
  return (
    <>
      <p className="mb-4">
        {t.rich("wouldLike", {
          app: view.application?.name ?? t("theApplication"),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <ul className="mb-6 list-disc space-y-1 pl-5">
        {scopes.map((scope) => (
          <li key={scope}>{isDescribed(scope) ? t(scope) : t("otherScope", { scope })}</li>
        ))}
      </ul>
      <form action={decide} className="space-y-3">
        <PrimaryButton name="decision" value="allow">
          {t("allow")}
        </PrimaryButton>
        <SecondaryButton name="decision" value="deny">
          {t("deny")}
        </SecondaryButton>
      </form>
    </>
  );
}
