import { createHash, randomBytes } from "node:crypto";
import { E2E_STACK } from "./stack";

/** Where the demo app receives its authorization responses. */
export const DEMO_CALLBACK = `${E2E_STACK.demoUrl}/api/auth/callback/guestlist`;

export interface AuthorizationTarget {
  issuer: string;
  clientId: string;
  redirectUri: string;
}

const DEMO_TARGET: AuthorizationTarget = {
  issuer: `${E2E_STACK.hostedUrl}/woodgrove`,
  clientId: "woodgrove-supplier-portal",
  redirectUri: DEMO_CALLBACK,
};

/** An authorization request with PKCE, state and nonce, as any OIDC client would send it; the verifier redeems its code. */
export function authorizationRequest(
  target: AuthorizationTarget,
  extra: Record<string, string> = {},
): { url: URL; verifier: string } {
  const verifier = randomBytes(32).toString("base64url");
  const url = new URL(`${target.issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: target.clientId,
    response_type: "code",
    scope: "openid profile email",
    redirect_uri: target.redirectUri,
    state: randomBytes(8).toString("hex"),
    nonce: randomBytes(8).toString("hex"),
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    ...extra,
  }).toString();
  return { url, verifier };
}

/** An authorization request to the demo tenant, built by the test itself. */
export function authorizationUrl(extra: Record<string, string> = {}): URL {
  return authorizationRequest(DEMO_TARGET, extra).url;
}
