import type { JourneyView } from "@guestlist/domain/journeys";
import { EmailAddress } from "../email-address";
import { PrimaryButton } from "../form-controls";

/**
 * The account exists and waits for an approver. Nothing here hands out
 * tokens: going back tells the application the account is not approved yet,
 * and signing in again before the decision comes back to this page.
 */
export function ApprovalStep({ view, leave }: { view: JourneyView; leave: () => Promise<void> }) {
  const appName = view.application?.name ?? "the application";
  return (
    <>
      <p role="status" className="mb-4 text-slate-800">
        {view.tenant.name} reviews new accounts for {appName} before they can sign in.
      </p>
      <p className="mb-6 text-slate-700">
        We will email you at <EmailAddress value={view.email ?? ""} /> as soon as your request is
        decided. You can close this page.
      </p>
      <form action={leave}>
        <PrimaryButton>Return to {appName}</PrimaryButton>
      </form>
    </>
  );
}
