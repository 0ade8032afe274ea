import { journeyForAction, updateJourney, withoutFlash } from "./journey-store";

/** Allow or decline the application's requested access. */
export async function decideConsent(input: {
  tenantSlug: string;
  uid: string;
  allow: boolean;
}): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "consentDecided");
  const data = withoutFlash(journey.data);
  await updateJourney(journey, {
    state: "COMPLETED",
    data: {
      ...data,
      outcome: input.allow
        ? { consent: {} }
        : {
            error: "access_denied",
            error_description: "The user did not allow the application access.",
          },
    },
  });
}
