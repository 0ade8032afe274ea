import * as client from "openid-client";
import { decryptSecret } from "../crypto/secret-box";
import { facebookConfiguration } from "./facebook";
import { AppError } from "../errors/app-error";
import { guardedFetch } from "../network/guarded-fetch";
import type { IdentityProvider } from "../generated/prisma/client";

/**
 * Where each preset's OpenID Connect metadata lives. Microsoft is the
 * multi-tenant "common" endpoint (work or school accounts from any Entra ID
 * tenant, and personal accounts): its issuer is templated, and openid-client
 * checks each ID token's iss against that template filled with the token's tid.
 * Facebook is OAuth 2.0 rather than discovery: see facebook.ts.
 */
export const PRESET_ISSUERS: Partial<Record<IdentityProvider["type"], string>> = {
  GOOGLE: "https://accounts.google.com",
  MICROSOFT: "https://login.microsoftonline.com/common/v2.0",
};

export function issuerOf(provider: IdentityProvider): string {
  if (provider.type === "OIDC")
    return (provider.issuer ?? "").replace(/\/\.well-known\/openid-configuration\/?$/, "");
  const issuer = PRESET_ISSUERS[provider.type];
  if (!issuer)
    throw new AppError("invalid_input", `${provider.displayName} sign-in is not available yet.`);
  return issuer;
}

export const identityProviderSecretContext = (tenantId: string, id: string) =>
  `identity-provider-secret:${tenantId}:${id}`;

/**
 * The upstream provider as an openid-client configuration, through its
 * discovery document. Every request to it (discovery, JWKS, token, userinfo)
 * goes through guardedFetch, so an administrator's URL cannot reach private
 * or metadata addresses. Plain http and private addresses are accepted only
 * where private networks are allowed (development and tests: a local upstream).
 */
export async function upstreamConfiguration(
  provider: IdentityProvider,
  options: { encryptionKey: string; allowInsecure: boolean },
): Promise<client.Configuration> {
  const secret = provider.clientSecretEncrypted
    ? decryptSecret(
        provider.clientSecretEncrypted,
        options.encryptionKey,
        identityProviderSecretContext(provider.tenantId, provider.id),
      )
    : undefined;
  if (provider.type === "FACEBOOK")
    return facebookConfiguration(provider.clientId ?? "", secret ?? "");
  const issuer = new URL(issuerOf(provider));
  const config = await client.discovery(
    issuer,
    provider.clientId ?? "",
    secret,
    secret ? client.ClientSecretPost(secret) : client.None(),
    {
      timeout: 10,
      [client.customFetch]: (url, init) =>
        guardedFetch(options.allowInsecure)(url, init as RequestInit),
      execute:
        options.allowInsecure && issuer.protocol === "http:" ? [client.allowInsecureRequests] : [],
    },
  );
  // openid-client trusts TLS for ID tokens from the token endpoint unless told otherwise;
  // their signatures are verified against the provider's JWKS as well.
  client.enableNonRepudiationChecks(config);
  return config;
}
