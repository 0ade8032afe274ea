import type { InteractionOutcome, JourneyData } from "./journey-data";

/** The login result; it also resolves `prompt=create` when the app asked for sign-up. */
export function signInOutcome(
  accountId: string,
  data: Pick<JourneyData, "createRequested">,
): InteractionOutcome {
  return data.createRequested ? { login: { accountId }, create: {} } : { login: { accountId } };
}
