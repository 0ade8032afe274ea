import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import * as client from "openid-client";
import { hashPassword } from "@guestlist/domain";
import { getPrisma } from "@guestlist/domain/database";
import { createTenant } from "@guestlist/domain/tenants";
import type { THostedConfig } from "@/config";
import { createRequestRouter, withErrorPage } from "@/server/route-request";
import { TenantProviders } from "@/server/tenant-providers";

/**
 * A hosted server for protocol tests: the real router and tenant providers on
 * a random port, with one tenant, three applications (confidential with
 * client_secret_basic, confidential with client_secret_post, public) and one
 * guest user. The journey pages are replaced by `playTheUser`, which signs the
 * guest in and consents, so tests exercise the protocol and nothing else.
 */
export interface ProtocolHarness {
  prisma: ReturnType<typeof getPrisma>;
  baseUrl: string;
  issuer: string;
  tenantId: string;
  guestId: string;
  encryptionKey: string;
  /** Interaction uids the stand-in user has answered, in order. */
  interactions: string[];
  /**
   * Serves from new provider registries, as freshly started hosted apps would:
   * with `instances` > 1, several hosted instances on one database behind a
   * round-robin load balancer. A request with `x-test-instance: <n>` goes to
   * instance n.
   */
  remount(options?: Partial<THostedConfig>, instances?: number): TenantProviders[];
  /** Sends every request without `x-test-instance` to one instance (undefined: round-robin again). */
  pin(instance?: number): void;
  close(): void;
}

export const confidential = {
  clientId: "protocol-test-app",
  secret: "a confidential secret for tests",
};
export const postingClientId = "protocol-test-post";
export const publicClientId = "protocol-test-spa";
export const redirectUri = "http://localhost:9999/callback";

export type CookieJar = Map<string, string>;

export function cookieHeader(jar: CookieJar): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

export function storeCookies(jar: CookieJar, response: Response): void {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const [name, value] = pair!.split("=");
    if (cookie.toLowerCase().includes("expires=thu, 01 jan 1970")) jar.delete(name!.trim());
    else jar.set(name!.trim(), value ?? "");
  }
}

export async function startProtocolHarness(slug = "protocol"): Promise<ProtocolHarness> {
  const prisma = getPrisma();
  const encryptionKey = randomBytes(32).toString("base64");
  const tenant = await createTenant(prisma, { slug, name: "Protocol Test" });
  const tenantId = tenant.id;
  await prisma.userAttribute.create({
    data: { tenantId, name: "BusinessName", dataType: "STRING" },
  });
  const flow = await prisma.userFlow.create({
    data: { tenantId, name: "flow", returnClaims: ["BusinessName", "displayName"] },
  });
  const secretHash = await hashPassword(confidential.secret);
  await prisma.application.createMany({
    data: [
      {
        tenantId,
        name: "Confidential app",
        clientId: confidential.clientId,
        clientSecretHash: secretHash,
        redirectUris: [redirectUri],
        userFlowId: flow.id,
      },
      {
        tenantId,
        name: "Posting app",
        clientId: postingClientId,
        clientSecretHash: secretHash,
        tokenEndpointAuthMethod: "client_secret_post",
        redirectUris: [redirectUri],
        userFlowId: flow.id,
      },
      {
        tenantId,
        name: "SPA",
        clientId: publicClientId,
        type: "PUBLIC",
        tokenEndpointAuthMethod: "none",
        redirectUris: [redirectUri],
        userFlowId: flow.id,
      },
    ],
  });
  const guest = await prisma.guestUser.create({
    data: {
      tenantId,
      email: "ada@supplier.test",
      emailVerified: true,
      displayName: "Ada Supplier",
      givenName: "Ada",
      attributes: { BusinessName: "Ada's Apples" },
      identities: {
        create: {
          tenantId,
          signInType: "emailAddress",
          issuer: slug,
          issuerAssignedId: "ada@supplier.test",
        },
      },
    },
  });

  const interactions: string[] = [];
  /** Stands in for the journey pages: signs the test guest in (with a second factor when MFA was asked for) and consents. */
  async function playTheUser(req: http.IncomingMessage, res: http.ServerResponse) {
    const uid = /\/interaction\/([^/?]+)/.exec(req.url ?? "")?.[1];
    const journey = await prisma.journey.findUniqueOrThrow({ where: { interactionId: uid } });
    interactions.push(uid!);
    const data = journey.data as Record<string, unknown>;
    const mfa = typeof data.requestedMfaAcr === "string" ? data.requestedMfaAcr : undefined;
    const outcome =
      journey.state === "AWAITING_CONSENT"
        ? { consent: {} }
        : {
            login: {
              accountId: guest.id,
              amr: mfa ? ["otp", "mfa"] : ["otp"],
              acr: mfa ?? "sfa",
            },
          };
    await prisma.journey.update({
      where: { id: journey.id },
      data: { state: "COMPLETED", data: { ...data, outcome } },
    });
    res.writeHead(303, { location: `${req.url!.split("?")[0]}/complete` }).end();
  }

  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let pinned: number | undefined;
  function remount(options: Partial<THostedConfig> = {}, instances = 1) {
    const cookieKey = randomBytes(32).toString("hex");
    const config = {
      HOSTED_URL: baseUrl,
      HOSTED_COOKIE_KEYS: [cookieKey],
      GUESTLIST_ENCRYPTION_KEY: encryptionKey,
      TRUST_PROXY: false,
      GUESTLIST_SIGNING_KEY_ROTATION_DAYS: 90,
      GUESTLIST_SIGNING_KEY_ACTIVATION_SECONDS: 60,
      ...options,
    } as THostedConfig;
    const registries = Array.from({ length: instances }, () => new TenantProviders(prisma, config));
    // As in server.ts: an unexpected error is a 500 page, which tests then see, not a hang.
    const handlers = registries.map((providers) =>
      withErrorPage(
        createRequestRouter({
          prisma,
          providers,
          next: playTheUser,
          trustProxy: config.TRUST_PROXY,
          security: {
            publicUrl: config.HOSTED_URL,
            adminUrl: config.ADMIN_URL,
            development: false,
          },
          limits: {
            tokenRequestsPerClientPerMinute: config.GUESTLIST_TOKEN_REQUESTS_PER_MINUTE ?? 600,
            formPostsPerIpPerMinute: config.GUESTLIST_FORM_POSTS_PER_MINUTE ?? 120,
          },
        }),
      ),
    );
    let turn = 0;
    server.removeAllListeners("request");
    server.on("request", (req, res) => {
      const chosen = Number(req.headers["x-test-instance"] ?? pinned ?? turn++ % handlers.length);
      void handlers[chosen]!(req, res);
    });
    return registries;
  }
  remount();

  return {
    prisma,
    baseUrl,
    issuer: `${baseUrl}/${slug}`,
    tenantId,
    guestId: guest.id,
    encryptionKey,
    interactions,
    remount,
    pin: (instance?: number) => {
      pinned = instance;
    },
    close: () => server.close(),
  };
}

/** Follows redirects like a browser with cookies, until one leaves the hosted server. */
export async function browse(
  harness: ProtocolHarness,
  start: string,
  jar: CookieJar = new Map(),
): Promise<URL> {
  let url = new URL(start);
  for (let hop = 0; hop < 15; hop++) {
    if (!url.href.startsWith(harness.baseUrl)) return url;
    const response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: cookieHeader(jar) },
    });
    storeCookies(jar, response);
    const location = response.headers.get("location");
    if (!location)
      throw new Error(`stopped at ${url} with ${response.status}: ${await response.text()}`);
    url = new URL(location, url);
  }
  throw new Error("too many redirects");
}

export async function discover(
  harness: ProtocolHarness,
  clientId: string,
  secret?: string,
  auth?: client.ClientAuth,
) {
  return client.discovery(
    new URL(harness.issuer),
    clientId,
    secret,
    auth ?? (secret ? client.ClientSecretBasic(secret) : client.None()),
    { execute: [client.allowInsecureRequests] },
  );
}

export interface AuthorizationResult {
  callback: URL;
  verifier: string;
  state: string;
  nonce: string;
}

/** An authorization request with PKCE, state and nonce, played through to the callback. */
export async function authorize(
  harness: ProtocolHarness,
  config: client.Configuration,
  extra: Record<string, string> = {},
  jar: CookieJar = new Map(),
): Promise<AuthorizationResult> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid profile email offline_access",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
    prompt: "consent",
    ...extra,
  });
  const callback = await browse(harness, url.href, jar);
  return { callback, verifier, state, nonce };
}

/** Authorization and code exchange, checking state, nonce and PKCE as a careful client does. */
export async function signIn(
  harness: ProtocolHarness,
  config: client.Configuration,
  extra: Record<string, string> = {},
  jar: CookieJar = new Map(),
) {
  const { callback, verifier, state, nonce } = await authorize(harness, config, extra, jar);
  return client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
  });
}
