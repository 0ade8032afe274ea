import { Browser } from "./browser";
import { authorizationUrl } from "./journeys";
import { cpuSeconds } from "./processes";
import { BENCH_STACK } from "./stack";

export interface RequestCost {
  request: string;
  perSecond: number;
  /** Hosted-app CPU per request, in milliseconds. */
  cpuMs: number;
}

const CONCURRENCY = 10;

/**
 * The hosted app's CPU per request of each kind a journey is made of, one kind
 * at a time, 10 in flight: where a journey's budget goes, and the floor a
 * server-rendered page sets.
 */
export async function measureRequestCosts(
  hostedPid: number,
  count: number,
): Promise<RequestCost[]> {
  const authorize = authorizationUrl({ prompt: "create" }).url;
  const browser = new Browser(BENCH_STACK.hostedUrl, "10.250.0.1");
  const journeyPage = await browser.open(authorize);
  const get =
    (url: string, headers: Record<string, string> = {}) =>
    async () => {
      const response = await fetch(url, { redirect: "manual", headers });
      await response.arrayBuffer();
    };
  const kinds: [string, () => Promise<void>][] = [
    [
      "discovery document (oidc-provider)",
      get(`${BENCH_STACK.hostedUrl}/${BENCH_STACK.tenant}/.well-known/openid-configuration`),
    ],
    ["authorization request (oidc-provider, new interaction)", get(authorize)],
    ["Next.js page with nothing to load (/)", get(`${BENCH_STACK.hostedUrl}/`)],
    ["journey page (email step)", get(journeyPage.url, browser.requestHeaders())],
  ];
  const costs: RequestCost[] = [];
  for (const [request, run] of kinds) {
    for (let i = 0; i < 20; i++) await run();
    const cpuBefore = cpuSeconds(hostedPid);
    const started = performance.now();
    let issued = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (issued++ < count) await run();
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    costs.push({
      request,
      perSecond: Math.round(count / seconds),
      cpuMs: Math.round(((cpuSeconds(hostedPid) - cpuBefore) * 1000 * 100) / count) / 100,
    });
  }
  return costs;
}
