import type { JourneyData, SignInMethod } from "../journeys/journey-data";
import type { ActionJourney } from "../journeys/journey-store";

/**
 * Whether a new account sets up a second factor before its first token:
 * required (the flow's policy, or the relying party asked for MFA), offered
 * with "Not now" (optional policy), or not at all.
 */
export function signUpSecondFactor(
  journey: Pick<ActionJourney, "userFlow">,
  method: SignInMethod,
  data: Pick<JourneyData, "upstreamMfa" | "requestedMfaAcr">,
): "required" | "optional" | null {
  const flow = journey.userFlow;
  if (method === "federated" && data.upstreamMfa && flow?.trustUpstreamMfa) return null;
  if (flow?.secondFactorPolicy === "REQUIRED" || data.requestedMfaAcr) return "required";
  return flow?.secondFactorPolicy === "OPTIONAL" ? "optional" : null;
}
