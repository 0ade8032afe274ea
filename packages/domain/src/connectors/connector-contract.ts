import { BUILT_IN_ATTRIBUTE_COLUMNS } from "../attributes/built-in-attributes";
import { extensionClaimName } from "../attributes/claim-names";
import type { ConnectorStep } from "../generated/prisma/enums";

/**
 * Entra's API connector contract (self-service sign-up / Azure AD B2C): the
 * request body we send, and the three answers an endpoint may give.
 */

export const STEP_NAMES: Record<ConnectorStep, string> = {
  POST_FEDERATION_SIGNUP: "PostFederationSignup",
  POST_ATTRIBUTE_COLLECTION: "PostAttributeCollection",
  ON_TOKEN_ISSUANCE_START: "OnTokenIssuanceStart",
};

export interface ConnectorIdentity {
  signInType: string;
  issuer: string;
  issuerAssignedId: string;
}

export interface ConnectorRequestInput {
  step: ConnectorStep;
  clientId: string;
  uiLocales: string | null;
  email: string;
  identities: ConnectorIdentity[];
  /** Built-in and custom values by attribute name. */
  values: Record<string, string | number | boolean | undefined | null>;
  extensionAppId: string;
  /**
   * Our addition to the contract: a PostAttributeCollection connector is also
   * called when people change their answers on their account page, with
   * `"step": "ProfileUpdate"` so the endpoint can tell the two apart.
   */
  profileUpdate?: boolean;
}

/** The `step` value of a call made for an account page change. */
export const PROFILE_UPDATE_STEP = "ProfileUpdate";

const BUILT_INS = new Set<string>(BUILT_IN_ATTRIBUTE_COLUMNS);
const present = (value: unknown) => value !== undefined && value !== null && value !== "";

/** The JSON body: built-ins by name, custom attributes as extension_<appId>_<Name>; no key for a claim without a value. */
export function connectorRequestBody(input: ConnectorRequestInput): Record<string, unknown> {
  const body: Record<string, unknown> = { email: input.email, identities: input.identities };
  for (const [name, value] of Object.entries(input.values)) {
    if (!present(value) || name === "email") continue;
    body[BUILT_INS.has(name) ? name : extensionClaimName(input.extensionAppId, name)] = value;
  }
  if (input.uiLocales) body.ui_locales = input.uiLocales;
  body.step = input.profileUpdate ? PROFILE_UPDATE_STEP : STEP_NAMES[input.step];
  body.client_id = input.clientId;
  return body;
}

export type ConnectorOutcome =
  | {
      action: "Continue";
      claims: Record<string, string | number | boolean>;
      /** Guestlist's addition to the contract: `"approval": "pending"` sends the new account to an approver. */
      approvalPending?: boolean;
    }
  | { action: "ShowBlockPage"; userMessage: string }
  | { action: "ValidationError"; userMessage: string }
  | { action: "Failure"; reason: string };

const RESERVED = new Set(["version", "action", "userMessage", "status", "approval"]);

/**
 * Reads an endpoint's answer. Claims may come with or without the extension
 * prefix (extension_<appId>_Name, or extension_Name, or Name) and are kept
 * only for attributes the flow knows, typed as those attributes are; unknown
 * keys are ignored. Anything else is a Failure with the reason, for the call log.
 */
export function parseConnectorResponse(
  httpStatus: number,
  text: string,
  attributes: { name: string; dataType: "STRING" | "INTEGER" | "BOOLEAN" }[],
  extensionAppId: string,
  step: ConnectorStep,
): ConnectorOutcome {
  // Only 200 and 400 carry the contract's answers; any other status is the reason itself.
  if (httpStatus !== 200 && httpStatus !== 400)
    return { action: "Failure", reason: `HTTP ${httpStatus}` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { action: "Failure", reason: `HTTP ${httpStatus} with a body that is not JSON` };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { action: "Failure", reason: "the response is not a JSON object" };
  const body = json as Record<string, unknown>;
  const action = body.action;

  if (httpStatus === 400) {
    const status = body.status;
    if (
      action === "ValidationError" &&
      (status === 400 || status === "400") &&
      typeof body.userMessage === "string"
    ) {
      if (step === "POST_FEDERATION_SIGNUP")
        return {
          action: "Failure",
          reason: "ValidationError is only allowed after attribute collection",
        };
      return { action: "ValidationError", userMessage: body.userMessage };
    }
    return {
      action: "Failure",
      reason: 'HTTP 400 without {"action":"ValidationError","status":400,"userMessage":...}',
    };
  }
  if (action === "ShowBlockPage") {
    return typeof body.userMessage === "string"
      ? { action: "ShowBlockPage", userMessage: body.userMessage }
      : { action: "Failure", reason: "ShowBlockPage without a userMessage" };
  }
  if (action !== "Continue")
    return { action: "Failure", reason: `unknown action ${JSON.stringify(action ?? null)}` };

  const byName = new Map(attributes.map((a) => [a.name.toLowerCase(), a]));
  const prefixes = [`extension_${extensionAppId}_`.toLowerCase(), "extension_"];
  const claims: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(body)) {
    if (RESERVED.has(key) || value === null || value === undefined) continue;
    const lower = key.toLowerCase();
    const bare = prefixes.reduce(
      (name, prefix) => (name.startsWith(prefix) ? name.slice(prefix.length) : name),
      lower,
    );
    const attribute = byName.get(bare);
    if (!attribute) continue;
    const typed = typedValue(attribute.dataType, value);
    if (typed === undefined)
      return {
        action: "Failure",
        reason: `claim ${key} is not a valid ${attribute.dataType.toLowerCase()}`,
      };
    claims[attribute.name] = typed;
  }
  return body.approval === "pending"
    ? { action: "Continue", claims, approvalPending: true }
    : { action: "Continue", claims };
}

function typedValue(
  dataType: "STRING" | "INTEGER" | "BOOLEAN",
  value: unknown,
): string | number | boolean | undefined {
  if (dataType === "STRING")
    return typeof value === "string"
      ? value
      : typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : undefined;
  if (dataType === "INTEGER") {
    const number =
      typeof value === "number"
        ? value
        : typeof value === "string" && /^[+-]?\d+$/.test(value.trim())
          ? Number(value)
          : NaN;
    return Number.isSafeInteger(number) ? number : undefined;
  }
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return undefined;
}

/** The request body for the call log: keys and shape kept, values masked (step and client kept for context). */
export function maskedRequestBody(body: Record<string, unknown>): Record<string, unknown> {
  const keep = new Set(["step", "client_id", "ui_locales"]);
  const mask = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(mask)
      : typeof value === "object" && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v)]))
        : "***";
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, keep.has(key) ? value : mask(value)]),
  );
}
