import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { getPrisma } from "@guestlist/domain/database";
import { createTenantProvider } from "@guestlist/domain/oidc";
import { mintTokens, type MintKind } from "./mint-tokens";
import { REFERENCE_CLIENT, REFERENCE_PORT } from "./reference-client";
import { BENCH_STACK } from "./stack";

export interface EndpointResult {
  requestsPerSecond: number;
  latency: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  requests: number;
}

export interface TokenBenchResult {
  connections: number;
  authorizationCode: { ours: EndpointResult; reference: EndpointResult; ratio: number };
  refreshToken: { ours: EndpointResult; reference: EndpointResult; ratio: number };
}

/** Codes and refresh tokens for our tenant, saved through our adapter as the provider itself would. */
async function mintOurs(encryptionKey: string, kind: MintKind, n: number) {
  const prisma = getPrisma();
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: BENCH_STACK.tenant } });
  const guest = await prisma.guestUser.findFirstOrThrow({ where: { tenantId: tenant.id } });
  const provider = await createTenantProvider(prisma, tenant, {
    baseUrl: BENCH_STACK.hostedUrl,
    cookieKeys: ["bench-minting-only-bench-minting-only"],
    encryptionKey,
    signingKeyPolicy: { rotationDays: 90, activationSeconds: 60 },
    connectors: { allowPrivateNetworks: false },
    trustProxy: false,
    secureCookies: false,
    renderError: () => undefined,
    logoutSource: () => undefined,
    postLogoutSuccessSource: () => undefined,
  });
  return mintTokens(
    provider,
    {
      clientId: BENCH_STACK.clientId,
      redirectUri: BENCH_STACK.redirectUri,
      accountId: () => guest.id,
    },
    kind,
    n,
  );
}

async function mintReference(kind: MintKind, n: number): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${REFERENCE_PORT}/__mint?kind=${kind}&n=${n}`);
  return (await response.json()) as string[];
}

/** Every value redeemed once, `connections` at a time. */
function hammer(
  url: string,
  basic: string,
  values: string[],
  body: (value: string) => string,
  connections: number,
): Promise<EndpointResult> {
  let next = 0;
  const started = performance.now();
  let lastAnswer = started;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        amount: values.length,
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${Buffer.from(basic).toString("base64")}`,
        },
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              body: body(values[next++ % values.length]!),
            }),
            onResponse: () => {
              lastAnswer = performance.now();
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error as Error);
        resolve({
          // From the first request to the last answer: autocannon stops on a whole second.
          requestsPerSecond:
            Math.round((result.requests.total / ((lastAnswer - started) / 1000)) * 10) / 10,
          latency: {
            p50: result.latency.p50,
            p90: result.latency.p90,
            p99: result.latency.p99,
            max: result.latency.max,
          },
          non2xx: result.non2xx,
          errors: result.errors,
          requests: result.requests.total,
        });
      },
    );
  });
}

/**
 * The token endpoint, ours and the reference's, in the same run: `count`
 * authorization codes, then `count` refresh tokens, each redeemed once with
 * `connections` concurrent clients.
 */
export async function benchTokenEndpoint(
  encryptionKey: string,
  clientSecret: string,
  count: number,
  connections: number,
): Promise<TokenBenchResult> {
  const reference = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "reference-provider.ts")],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve) => reference.stdout.once("data", () => resolve()));
  try {
    const ours: { url: string; basic: string; redirectUri: string } = {
      url: `${BENCH_STACK.hostedUrl}/${BENCH_STACK.tenant}/token`,
      basic: `${BENCH_STACK.clientId}:${clientSecret}`,
      redirectUri: BENCH_STACK.redirectUri,
    };
    const theirs = {
      url: `http://127.0.0.1:${REFERENCE_PORT}/token`,
      basic: `${REFERENCE_CLIENT.client_id}:${REFERENCE_CLIENT.client_secret}`,
      redirectUri: REFERENCE_CLIENT.redirect_uris[0]!,
    };
    const codeBody = (redirectUri: string) => (code: string) =>
      new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
      }).toString();
    const refreshBody = (token: string) =>
      new URLSearchParams({ grant_type: "refresh_token", refresh_token: token }).toString();

    const run = async (kind: MintKind) => {
      const [mine, refs] = await Promise.all([
        mintOurs(encryptionKey, kind, count),
        mintReference(kind, count),
      ]);
      const body = (target: typeof ours) =>
        kind === "code" ? codeBody(target.redirectUri) : refreshBody;
      const oursResult = await hammer(ours.url, ours.basic, mine, body(ours), connections);
      const referenceResult = await hammer(
        theirs.url,
        theirs.basic,
        refs,
        body(theirs),
        connections,
      );
      return {
        ours: oursResult,
        reference: referenceResult,
        ratio:
          Math.round((oursResult.requestsPerSecond / referenceResult.requestsPerSecond) * 100) /
          100,
      };
    };
    return {
      connections,
      authorizationCode: await run("code"),
      refreshToken: await run("refresh"),
    };
  } finally {
    reference.kill();
  }
}
