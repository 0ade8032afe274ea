import { AWAITING_APPROVAL_DESCRIPTION } from "../approvals/approval-policy";
import { journeyForAction, updateJourney, withoutFlash } from "./journey-store";

/** Between "Sign in" and "Create account", and "use another email": back to the email page. */
export async function switchJourney(input: {
  tenantSlug: string;
  uid: string;
  to: "SIGN_IN" | "SIGN_UP";
}): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "switched");
  // Starting over: forget a stop message, what was proven, and any upstream sign-in in progress.
  const {
    stopMessage: _stop,
    upstream: _upstream,
    federation: _federation,
    provenEmail: _proven,
    passwordPurpose: _purpose,
    passwordHash: _hash,
    ...data
  } = withoutFlash(journey.data);
  await updateJourney(journey, { state: "STARTED", kind: input.to, data });
}

/**
 * The user gave up, or went back to the application while their account
 * waits for approval: the application hears access_denied, as OpenID Connect says.
 */
export async function cancelJourney(input: { tenantSlug: string; uid: string }): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "cancelled");
  const description =
    journey.state === "AWAITING_APPROVAL" ? AWAITING_APPROVAL_DESCRIPTION : "The user cancelled.";
  await updateJourney(journey, {
    state: "COMPLETED",
    data: {
      ...withoutFlash(journey.data),
      outcome: { error: "access_denied", error_description: description },
    },
  });
}
