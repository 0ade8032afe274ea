import { createHash, randomBytes } from "node:crypto";
import { Browser, type Visit } from "./browser";
import { BENCH_STACK } from "./stack";

export type StepTimes = Record<string, number>;

export interface JourneyContext {
  clientSecret: string;
  codeFor(email: string): Promise<string>;
  /** Where the hosted pages are: the stack's hosted app unless a balancer is in front of others. */
  hostedUrl?: string;
}

const hostedOf = (context: JourneyContext) => context.hostedUrl ?? BENCH_STACK.hostedUrl;

/** Times `run` into `times[step]`, in milliseconds. */
async function step<T>(times: StepTimes, name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    times[name] = performance.now() - start;
  }
}

/** An authorization request of the demo application, with PKCE, state and nonce. */
export function authorizationUrl(
  extra: Record<string, string> = {},
  hostedUrl: string = BENCH_STACK.hostedUrl,
) {
  const verifier = randomBytes(32).toString("base64url");
  const url = new URL(`${hostedUrl}/${BENCH_STACK.tenant}/auth`);
  url.search = new URLSearchParams({
    client_id: BENCH_STACK.clientId,
    response_type: "code",
    scope: "openid profile email",
    redirect_uri: BENCH_STACK.redirectUri,
    state: randomBytes(8).toString("hex"),
    nonce: randomBytes(8).toString("hex"),
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    ...extra,
  }).toString();
  return { url: url.href, verifier };
}

function expectHeading(page: Visit, heading: string): Visit {
  if (!page.html.includes(`>${heading}</h1>`))
    throw new Error(
      `expected "${heading}" at ${page.url}, got ${/<h1[^>]*>([^<]*)/.exec(page.html)?.[1] ?? page.url}`,
    );
  return page;
}

async function redeem(context: JourneyContext, callback: string, verifier: string) {
  const code = new URL(callback).searchParams.get("code");
  if (!code) throw new Error(`no code in ${callback}`);
  const response = await fetch(`${hostedOf(context)}/${BENCH_STACK.tenant}/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${BENCH_STACK.clientId}:${context.clientSecret}`).toString("base64")}`,
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: BENCH_STACK.redirectUri,
      code_verifier: verifier,
    }),
  });
  const tokens = (await response.json()) as { id_token?: string; error?: string };
  if (!tokens.id_token) throw new Error(`token exchange failed: ${tokens.error}`);
}

/** authorize → email → code → attribute page → consent → back to the app → token exchange. */
export async function signUpJourney(context: JourneyContext, email: string, ip: string) {
  const times: StepTimes = {};
  const browser = new Browser(hostedOf(context), ip);
  const { url, verifier } = authorizationUrl({ prompt: "create" }, hostedOf(context));
  const start = await step(times, "authorize", () => browser.open(url));
  const codePage = await step(times, "email", () =>
    browser.submit(expectHeading(start, "Create your account"), "Send code", { email }),
  );
  const code = await context.codeFor(email);
  const about = await step(times, "code", () =>
    browser.submit(expectHeading(codePage, "Check your email"), "Verify", { code }),
  );
  const consent = await step(times, "attributes", () =>
    browser.submit(expectHeading(about, "About you"), "Continue", {
      displayName: "Bench Person",
      BusinessName: "Benchmark Produce",
      BusinessRegistrationCode: "4242",
      Phone: "",
    }),
  );
  const back = await step(times, "consent", () =>
    browser.submit(expectHeading(consent, "Allow access?"), "Allow"),
  );
  if (!back.url.startsWith(BENCH_STACK.redirectUri)) throw new Error(`ended at ${back.url}`);
  await step(times, "token", () => redeem(context, back.url, verifier));
  return times;
}

/** A returning person: authorize → email → code → back to the app (consent remembered) → token. */
export async function signInJourney(context: JourneyContext, email: string, ip: string) {
  const times: StepTimes = {};
  const browser = new Browser(hostedOf(context), ip);
  const { url, verifier } = authorizationUrl({}, hostedOf(context));
  const start = await step(times, "authorize", () => browser.open(url));
  const codePage = await step(times, "email", () =>
    browser.submit(expectHeading(start, "Sign in"), "Next", { email }),
  );
  const code = await context.codeFor(email);
  const back = await step(times, "code", () =>
    browser.submit(expectHeading(codePage, "Check your email"), "Verify", { code }),
  );
  if (!back.url.startsWith(BENCH_STACK.redirectUri)) throw new Error(`ended at ${back.url}`);
  await step(times, "token", () => redeem(context, back.url, verifier));
  return times;
}
