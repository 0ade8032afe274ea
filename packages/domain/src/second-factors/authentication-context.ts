import type { InteractionOutcome, JourneyData, SignInMethod } from "../journeys/journey-data";

/** The acr values a relying party may ask for with acr_values; the MFA ones require a second factor. */
export const PAPE_MULTI_FACTOR = "http://schemas.openid.net/pape/policies/2007/06/multi-factor";
export const ACR_VALUES = ["sfa", "mfa", PAPE_MULTI_FACTOR] as const;
const MFA_ACRS: readonly string[] = ["mfa", PAPE_MULTI_FACTOR];

/** The multi-factor acr among a request's space-separated acr_values, if any. */
export function requestedMfaAcr(acrValues: unknown): string | undefined {
  if (typeof acrValues !== "string") return undefined;
  return acrValues.split(/\s+/).find((value) => MFA_ACRS.includes(value));
}

export function isMfaAcr(acr: unknown): boolean {
  return typeof acr === "string" && MFA_ACRS.includes(acr);
}

/** RFC 8176 values for each first way in. */
const FIRST_FACTOR_AMR: Record<SignInMethod, string[]> = {
  email_code: ["otp"],
  password: ["pwd"],
  password_reset: ["otp", "pwd"],
  federated: ["fed"],
  account_link: ["fed", "otp"],
  // A passkey says itself how it was held (secondFactorAmr): with user verification it is multi-factor.
  passkey: [],
};

/**
 * The login result's amr and acr: how the person signed in, "mfa" when a
 * second factor (or a passkey) made it multi-factor; acr "mfa" (or the MFA
 * value the relying party asked for) then, "sfa" otherwise.
 */
export function authenticationContext(
  method: SignInMethod,
  data: Pick<JourneyData, "secondFactorAmr" | "requestedMfaAcr" | "upstreamMfa">,
): { amr: string[]; acr: string } {
  const amr = new Set(FIRST_FACTOR_AMR[method]);
  if (method === "federated" && data.upstreamMfa) amr.add("mfa");
  for (const value of data.secondFactorAmr ?? []) amr.add(value);
  if (data.secondFactorAmr?.length) amr.add("mfa");
  const multiFactor = amr.has("mfa");
  return {
    amr: [...amr],
    acr: multiFactor ? (data.requestedMfaAcr ?? "mfa") : "sfa",
  };
}

/** The login result for oidc-provider; it also resolves `prompt=create` when the app asked for sign-up. */
export function signedInOutcome(
  accountId: string,
  method: SignInMethod,
  data: Pick<
    JourneyData,
    "createRequested" | "secondFactorAmr" | "requestedMfaAcr" | "upstreamMfa"
  >,
): InteractionOutcome {
  const login = { accountId, ...authenticationContext(method, data) };
  return data.createRequested ? { login, create: {} } : { login };
}
