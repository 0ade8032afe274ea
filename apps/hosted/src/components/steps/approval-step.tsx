import { useTranslations } from "next-intl";
import type { JourneyView } from "@guestlist/domain/journeys";
import { EmailAddress } from "../email-address";
import { PrimaryButton } from "../form-controls";

/**
 * The account exists and waits for an approver. Nothing here hands out
 * tokens: going back tells the application the account is not approved yet,
 * and signing in again before the decision comes back to this page.
 */
export function ApprovalStep({ view, leave }: { view: JourneyView; leave: () => Promise<void> }) {
  const t = useTranslations("approvalStep");
  const common = useTranslations("common");
  const app = view.application?.name ?? common("theApplication");
  return (
    <>
      <p role="status" className="mb-4 text-slate-800">
        {t("reviews", { tenant: view.tenant.name, app })}
      </p>
      <p className="mb-6 text-slate-700">
        {t.rich("willEmail", {
          address: view.email ?? "",
          email: () => <EmailAddress value={view.email ?? ""} />,
        })}
      </p>
      <form action={leave}>
        <PrimaryButton>{t("returnTo", { app })}</PrimaryButton>
      </form>
    </>
  );
}
