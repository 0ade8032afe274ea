import { CLAIM_NAME, isReservedClaim } from "./token-claim-names";

/**
 * Entra's custom claims provider contract (the OnTokenIssuanceStart event):
 * the body we send before an ID token is issued, and the answer that gives
 * claims for it. An endpoint written from Microsoft's documentation works here.
 */

export interface TokenIssuanceRequestInput {
  tenantId: string;
  connectorId: string;
  userFlowId: string;
  correlationId: string;
  client: { ip: string | null; locale: string | null };
  application: { id: string; clientId: string; name: string };
  user: {
    id: string;
    mail: string;
    displayName: string | null;
    givenName: string | null;
    surname: string | null;
    companyName: string | null;
    preferredLanguage: string | null;
    createdDateTime: string;
  };
}

export function tokenIssuanceRequestBody(input: TokenIssuanceRequestInput) {
  const application = {
    id: input.application.id,
    appId: input.application.clientId,
    appDisplayName: input.application.name,
    displayName: input.application.name,
  };
  return {
    type: "microsoft.graph.authenticationEvent.tokenIssuanceStart",
    source: `/tenants/${input.tenantId}/applications/${input.application.clientId}`,
    data: {
      "@odata.type": "microsoft.graph.onTokenIssuanceStartCalloutData",
      tenantId: input.tenantId,
      authenticationEventListenerId: input.userFlowId,
      customAuthenticationExtensionId: input.connectorId,
      authenticationContext: {
        correlationId: input.correlationId,
        client: {
          ip: input.client.ip ?? "",
          locale: input.client.locale ?? "",
          market: input.client.locale ?? "",
        },
        protocol: "OAUTH2.0",
        clientServicePrincipal: application,
        resourceServicePrincipal: application,
        user: {
          ...input.user,
          userPrincipalName: input.user.mail,
          userType: "Member",
        },
      },
    },
  };
}

export type TokenClaimValue = string | number | boolean | string[];

export type TokenIssuanceOutcome =
  | { action: "Continue"; claims: Record<string, TokenClaimValue> }
  | { action: "Failure"; reason: string };

const MAX_CLAIMS = 30;
const MAX_CLAIMS_BYTES = 8 * 1024;
const PROVIDE_CLAIMS = "microsoft.graph.tokenIssuanceStart.provideClaimsForToken";

function claimValue(value: unknown): TokenClaimValue | undefined {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  return undefined;
}

/** Reads the endpoint's answer: anything but a well-formed provideClaimsForToken is a Failure with its reason. */
export function parseTokenIssuanceResponse(httpStatus: number, text: string): TokenIssuanceOutcome {
  if (httpStatus !== 200) return { action: "Failure", reason: `HTTP ${httpStatus}` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { action: "Failure", reason: "HTTP 200 with a body that is not JSON" };
  }
  const actions = (json as { data?: { actions?: unknown } } | null)?.data?.actions;
  if (!Array.isArray(actions))
    return { action: "Failure", reason: "the response has no data.actions array" };
  const provide = actions.find(
    (action) => (action as Record<string, unknown> | null)?.["@odata.type"] === PROVIDE_CLAIMS,
  ) as { claims?: unknown } | undefined;
  if (!provide) return { action: "Failure", reason: `no ${PROVIDE_CLAIMS} action` };
  const given = provide.claims ?? {};
  if (typeof given !== "object" || given === null || Array.isArray(given))
    return { action: "Failure", reason: "claims is not a JSON object" };
  const claims: Record<string, TokenClaimValue> = {};
  for (const [name, raw] of Object.entries(given)) {
    if (raw === null || raw === undefined) continue;
    if (!CLAIM_NAME.test(name)) return { action: "Failure", reason: `${name} is not a claim name` };
    // Never set by a connector, whatever the flow declares.
    if (isReservedClaim(name)) continue;
    const value = claimValue(raw);
    if (value === undefined)
      return {
        action: "Failure",
        reason: `claim ${name} must be a string, number, boolean or list of strings`,
      };
    claims[name] = value;
  }
  if (Object.keys(claims).length > MAX_CLAIMS)
    return { action: "Failure", reason: `more than ${MAX_CLAIMS} claims` };
  if (Buffer.byteLength(JSON.stringify(claims)) > MAX_CLAIMS_BYTES)
    return { action: "Failure", reason: "the claims are larger than 8 KB" };
  return { action: "Continue", claims };
}
