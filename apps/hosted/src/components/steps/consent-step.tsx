import type { JourneyView } from "@guestlist/domain/journeys";
import { PrimaryButton, SecondaryButton } from "../form-controls";

const SCOPE_DESCRIPTIONS: Record<string, string> = {
  openid: "Sign you in",
  profile: "See your name",
  email: "See your email address",
  offline_access: "Stay signed in when you are not using it",
};

export function ConsentStep({
  view,
  decide,
}: {
  view: JourneyView;
  decide: (form: FormData) => Promise<void>;
}) {
  const scopes = view.data.missingScopes.length
    ? view.data.missingScopes
    : view.data.requestedScopes;
  return (
    <>
      <p className="mb-4">
        <strong>{view.application?.name ?? "This application"}</strong> would like to:
      </p>
      <ul className="mb-6 list-disc space-y-1 pl-5">
        {scopes.map((scope) => (
          <li key={scope}>{SCOPE_DESCRIPTIONS[scope] ?? `Use "${scope}"`}</li>
        ))}
      </ul>
      <form action={decide} className="space-y-3">
        <PrimaryButton name="decision" value="allow">
          Allow
        </PrimaryButton>
        <SecondaryButton name="decision" value="deny">
          Do not allow
        </SecondaryButton>
      </form>
    </>
  );
}
