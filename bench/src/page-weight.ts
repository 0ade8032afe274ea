import { gzipSync } from "node:zlib";
import { authorizationUrl } from "./journeys";
import { Browser, type Visit } from "./browser";
import { BENCH_STACK } from "./stack";

export interface PageWeight {
  page: string;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  jsGzipBytes: number;
  fonts: number;
  worksWithoutJavaScript: boolean;
}

const gzipBytes = (body: Buffer | string) => gzipSync(body).length;

/**
 * What each hosted page costs a browser: its HTML and the CSS and JavaScript
 * it links, gzipped, and whether any web font is involved. "Works without
 * JavaScript" means the page's form posts to the server (the journey that
 * produced these pages was itself driven without running any script).
 */
export async function measurePageWeights(pages: Record<string, Visit>): Promise<PageWeight[]> {
  const assetSizes = new Map<string, { bytes: number; fonts: number }>();
  async function asset(url: string) {
    const known = assetSizes.get(url);
    if (known) return known;
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const text = body.toString("utf8");
    const measured = {
      bytes: gzipBytes(body),
      fonts: (text.match(/@font-face/g) ?? []).length + (text.match(/\.woff2?\b/g) ?? []).length,
    };
    assetSizes.set(url, measured);
    return measured;
  }
  const weights: PageWeight[] = [];
  for (const [name, visit] of Object.entries(pages)) {
    const base = new URL(visit.url);
    const links = (pattern: RegExp) => [
      ...new Set([...visit.html.matchAll(pattern)].map((m) => new URL(m[1]!, base).href)),
    ];
    const css = links(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
    const js = links(/<script[^>]+src="([^"]+)"/g);
    let cssBytes = 0;
    let jsBytes = 0;
    let fonts = (visit.html.match(/\.woff2?\b/g) ?? []).length;
    for (const url of css) {
      const measured = await asset(url);
      cssBytes += measured.bytes;
      fonts += measured.fonts;
    }
    for (const url of js) jsBytes += (await asset(url)).bytes;
    weights.push({
      page: name,
      htmlGzipBytes: gzipBytes(visit.html),
      cssGzipBytes: cssBytes,
      jsGzipBytes: jsBytes,
      fonts,
      worksWithoutJavaScript: /<form[^>]+method="POST"/i.test(visit.html),
    });
  }
  return weights;
}

/** The hosted pages of one sign-up, visited without JavaScript, for measuring. */
export async function visitHostedPages(
  codeFor: (email: string) => Promise<string>,
  email: string,
): Promise<Record<string, Visit>> {
  const browser = new Browser(BENCH_STACK.hostedUrl, "10.255.255.1");
  const signUp = await browser.open(authorizationUrl({ prompt: "create" }).url);
  const code = await browser.submit(signUp, "Send code", { email });
  const about = await browser.submit(code, "Verify", { code: await codeFor(email) });
  const consent = await browser.submit(about, "Continue", {
    displayName: "Page Weight",
    BusinessName: "Bytes and Co",
    BusinessRegistrationCode: "1",
    Phone: "",
  });
  return {
    "Create your account": signUp,
    "Check your email": code,
    "About you": about,
    "Allow access?": consent,
  };
}

/** Time to first byte of a fresh sign-in page, sampled while other load runs. */
export async function sampleTimeToFirstByte(until: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  let n = 0;
  while (!until()) {
    const browser = new Browser(BENCH_STACK.hostedUrl, `10.254.${(n >> 8) & 255}.${n++ & 255}`);
    const url = `${BENCH_STACK.hostedUrl}/${BENCH_STACK.tenant}/auth?client_id=${BENCH_STACK.clientId}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(BENCH_STACK.redirectUri)}`;
    try {
      samples.push(await browser.timeToFirstByte(url));
    } catch {
      // Counted by the load itself.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return samples;
}
