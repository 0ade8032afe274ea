import Provider, {
  interactionPolicy,
  type Configuration,
  type KoaContextWithOIDC,
} from "oidc-provider";
import { isDatabaseDown } from "../database/database-down";
import type { PrismaClient } from "../database/prisma-client";
import type { Tenant } from "../generated/prisma/client";
import { clientSecretCheck } from "./client-secret-check";
import { findGuestAccount, tenantClaimsConfiguration } from "./guest-account";
import type { ProtocolConfigCaches } from "./tenant-config-cache";
import { oidcAdapterFactory } from "./oidc-adapter";
import { ACCOUNT_CLIENT_ID, accountClientMetadata } from "../my-account/account-client";
import { loadExistingGrant } from "./remembered-consent";
import type { SigningKeyPolicy } from "./signing-key-policy";
import { ACR_VALUES, isMfaAcr, requestedMfaAcr } from "../second-factors/authentication-context";
import { loadSigningJwks, maintainSigningKeys } from "./signing-keys";
import { TOKEN_LIFETIMES } from "./token-lifetimes";

/** One per process, shared by every tenant's provider. */
const checkClientSecret = clientSecretCheck();

export interface TenantProviderOptions {
  /** Public base URL of the hosted app; the issuer is <baseUrl>/<tenant slug>. */
  baseUrl: string;
  /** Keys that sign the provider's cookies, newest first. */
  cookieKeys: string[];
  encryptionKey: string;
  signingKeyPolicy: SigningKeyPolicy;
  /** How token issuance connectors are reached (as the journey's API connectors are). */
  connectors: { allowPrivateNetworks: boolean; trustedCa?: string };
  /** Applications and claim settings kept in process, dropped when their tenant changes; read per request without them. */
  configCaches?: ProtocolConfigCaches;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* headers. */
  trustProxy: boolean;
  /** The public URL is https: cookie names get the __Host-/__Secure- prefixes browsers enforce. */
  secureCookies: boolean;
  renderError: NonNullable<Configuration["renderError"]>;
  logoutSource: (ctx: KoaContextWithOIDC, form: string) => void | Promise<void>;
  postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => void | Promise<void>;
}

/** Retry-After for answers given while the database is down. */
export const DATABASE_DOWN_RETRY_SECONDS = 30;

export function issuerFor(baseUrl: string, tenantSlug: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/${tenantSlug}`;
}

export function interactionPath(tenantSlug: string, uid: string): string {
  return `/${tenantSlug}/interaction/${uid}`;
}

/**
 * Tenants share the hosted origin, so each gets its own cookie names: signing in
 * to one must not replace another's session. Over https the session cookie is
 * __Host- (Secure, path /, no Domain: no subdomain can plant or read it); the
 * interaction cookies are scoped to their paths, so __Secure- is the most they can have.
 */
export function providerCookieNames(tenantSlug: string, secure: boolean) {
  const host = secure ? "__Host-" : "";
  const path = secure ? "__Secure-" : "";
  return {
    session: `${host}${tenantSlug}.session`,
    interaction: `${path}${tenantSlug}.interaction`,
    resume: `${path}${tenantSlug}.resume`,
  };
}

/**
 * A relying party's acr_values naming multi-factor authentication (Auth0's
 * convention, as a requirement, not a wish): a session that signed in with
 * one factor signs in again, and the journey asks for the second.
 */
function mfaRequestedCheck() {
  return new interactionPolicy.Check(
    "mfa_requested",
    "Multi-factor authentication is required",
    (ctx) => {
      const { oidc } = ctx;
      return requestedMfaAcr(oidc.params?.acr_values) && !isMfaAcr(oidc.acr)
        ? interactionPolicy.Check.REQUEST_PROMPT
        : interactionPolicy.Check.NO_NEED_TO_PROMPT;
    },
  );
}

/**
 * The tenant's OpenID Connect provider: oidc-provider configured for the
 * authorization code flow only, with its state in PostgreSQL, the tenant's
 * applications as clients and its guest users as accounts. Our hosted pages
 * are its interactions; `prompt=create` is a requestable prompt that opens
 * sign-up (OpenID Connect Prompt Create 1.0).
 */
export async function createTenantProvider(
  prisma: PrismaClient,
  tenant: Tenant,
  options: TenantProviderOptions,
): Promise<Provider> {
  await maintainSigningKeys(prisma, tenant.id, options.encryptionKey, options.signingKeyPolicy);
  const [keys, attributes, flows] = await Promise.all([
    loadSigningJwks(prisma, tenant.id, options.encryptionKey),
    prisma.userAttribute.findMany({
      where: { tenantId: tenant.id },
      select: { name: true, builtIn: true },
    }),
    prisma.userFlow.findMany({
      where: { tenantId: tenant.id },
      select: { tokenConnectorClaims: true },
    }),
  ]);

  const connectorClaims = flows.flatMap((flow) => flow.tokenConnectorClaims);
  // Only a claim a flow declares is ever added, so without any the token and userinfo
  // requests skip the connector's lookups altogether.
  const tokenConnector =
    connectorClaims.length > 0
      ? { prisma, encryptionKey: options.encryptionKey, ...options.connectors }
      : undefined;

  const policy = interactionPolicy.base();
  policy.add(new interactionPolicy.Prompt({ name: "create", requestable: true }), 0);
  policy.get("login")!.checks.add(mfaRequestedCheck());

  const provider = new Provider(issuerFor(options.baseUrl, tenant.slug), {
    adapter: oidcAdapterFactory(tenant.id, undefined, options.configCaches?.applications, {
      [ACCOUNT_CLIENT_ID]: accountClientMetadata(options.baseUrl, tenant.slug),
    }),
    findAccount: (ctx, sub) =>
      findGuestAccount(
        tenant,
        ctx,
        sub,
        undefined,
        options.configCaches?.claimSettings,
        tokenConnector,
      ),
    loadExistingGrant: (ctx) => loadExistingGrant(prisma, tenant.id, ctx),
    jwks: { keys: keys },
    claims: tenantClaimsConfiguration(tenant, attributes, connectorClaims),
    acrValues: [...ACR_VALUES],
    scopes: ["openid", "offline_access", "profile", "email"],
    // The flow's answers belong in the ID token, not only behind userinfo.
    conformIdTokenClaims: false,
    responseTypes: ["code"],
    clientAuthMethods: ["client_secret_basic", "client_secret_post", "none"],
    pkce: { required: (_ctx, client) => client.clientAuthMethod === "none" },
    allowOmittingSingleRegisteredRedirectUri: false,
    rotateRefreshToken: true,
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed("refresh_token") && code.scopes.has("offline_access"),
    ttl: { ...TOKEN_LIFETIMES },
    cookies: {
      names: providerCookieNames(tenant.slug, options.secureCookies),
      keys: options.cookieKeys,
      long: { signed: true, httpOnly: true, sameSite: "lax" },
      short: { signed: true, httpOnly: true, sameSite: "lax" },
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => interactionPath(tenant.slug, interaction.uid),
    },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: options.logoutSource,
        postLogoutSuccessSource: options.postLogoutSuccessSource,
      },
    },
    renderError: options.renderError,
    // Prompt Create 1.0: an OP that supports prompt=create advertises it.
    discovery: { prompt_values_supported: ["none", "login", "consent", "create"] },
  });
  provider.proxy = options.trustProxy;
  // oidc-provider answers every unexpected error as a 500; the database being down is a
  // 503 the client may retry (RFC 6749's temporarily_unavailable), not a server bug.
  provider.on("server_error", (ctx: KoaContextWithOIDC, error: unknown) => {
    if (!isDatabaseDown(error)) return;
    ctx.status = 503;
    ctx.set("retry-after", String(DATABASE_DOWN_RETRY_SECONDS));
    if (ctx.body && typeof ctx.body === "object")
      ctx.body = {
        error: "temporarily_unavailable",
        error_description: "The service is temporarily unavailable. Try again in a minute.",
      };
  });

  // Client secrets are stored as argon2id hashes (see client-metadata.ts).
  provider.Client.prototype.compareClientSecret = function compareClientSecret(
    this: { clientSecret?: string },
    actual: string,
  ) {
    return this.clientSecret
      ? checkClientSecret(this.clientSecret, actual)
      : Promise.resolve(false);
  };
  return provider;
}
