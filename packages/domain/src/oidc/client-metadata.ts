import type { Application } from "../generated/prisma/client";

/** The columns of an application that make it a client. */
export type ClientApplication = Pick<
  Application,
  | "clientId"
  | "name"
  | "type"
  | "clientSecretHash"
  | "redirectUris"
  | "postLogoutRedirectUris"
  | "tokenEndpointAuthMethod"
>;

/**
 * An application as oidc-provider's client metadata. Confidential clients carry
 * the argon2 hash where the provider expects the secret; the provider's secret
 * comparison is replaced (see tenant-provider.ts) to verify against it, so the
 * secret itself is never stored.
 */
export function clientMetadataFor(application: ClientApplication): Record<string, unknown> {
  const isPublic = application.type === "PUBLIC";
  return {
    client_id: application.clientId,
    client_name: application.name,
    ...(isPublic ? {} : { client_secret: application.clientSecretHash ?? "" }),
    redirect_uris: application.redirectUris,
    post_logout_redirect_uris: application.postLogoutRedirectUris,
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    token_endpoint_auth_method: isPublic ? "none" : application.tokenEndpointAuthMethod,
    application_type: "web",
    // Every ID token says when the user signed in, so an app can judge freshness itself.
    require_auth_time: true,
  };
}
