import { createHash, randomBytes } from "node:crypto";
import { E2E_STACK } from "./stack";

/** Where the demo app receives its authorization responses. */
export const DEMO_CALLBACK = `${E2E_STACK.demoUrl}/api/auth/callback/guestlist`;

/** An authorization request to the demo tenant as any OIDC client would send it, built by the test itself. */
export function authorizationUrl(extra: Record<string, string> = {}) {
  const verifier = randomBytes(32).toString("base64url");
  const url = new URL(`${E2E_STACK.hostedUrl}/woodgrove/auth`);
  url.search = new URLSearchParams({
    client_id: "woodgrove-supplier-portal",
    response_type: "code",
    scope: "openid profile email",
    redirect_uri: DEMO_CALLBACK,
    state: randomBytes(8).toString("hex"),
    nonce: randomBytes(8).toString("hex"),
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    ...extra,
  }).toString();
  return url;
}
