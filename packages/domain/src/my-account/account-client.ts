/**
 * The account page is an OpenID Connect client of its tenant's own provider,
 * built in rather than registered: every tenant has it, its redirect URIs
 * follow the hosted server's public URL, and it is never stored, listed or
 * editable as an application. A public client (PKCE) that only needs to know
 * who signed in, so it asks for `openid email` and gets no refresh token.
 */
export const ACCOUNT_CLIENT_ID = "guestlist-account";
export const ACCOUNT_SCOPES = "openid email";

export function accountPagePath(tenantSlug: string): string {
  return `/${tenantSlug}/account`;
}

export function accountCallbackUrl(baseUrl: string, tenantSlug: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${accountPagePath(tenantSlug)}/callback`;
}

export function accountSignedOutUrl(baseUrl: string, tenantSlug: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${accountPagePath(tenantSlug)}/signed-out`;
}

/** The built-in client as oidc-provider's client metadata. */
export function accountClientMetadata(baseUrl: string, tenantSlug: string) {
  return {
    client_id: ACCOUNT_CLIENT_ID,
    client_name: "Your account",
    redirect_uris: [accountCallbackUrl(baseUrl, tenantSlug)],
    post_logout_redirect_uris: [accountSignedOutUrl(baseUrl, tenantSlug)],
    grant_types: ["authorization_code"],
    response_types: ["code"],
    token_endpoint_auth_method: "none",
    application_type: "web",
    require_auth_time: true,
  };
}
