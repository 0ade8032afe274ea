import { z } from "zod";

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

/** The demo is a plain relying party: it knows the hosted pages' address and its own, nothing more. */
export const ZDemoEnv = z.object({
  HOSTED_URL: httpUrl.default("http://localhost:3001"),
  DEMO_URL: httpUrl.default("http://localhost:3002"),
});

export function demoEnv() {
  const result = ZDemoEnv.safeParse(process.env);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
    .join("; ");
  throw new Error(`Invalid configuration: ${problems}. See "Configuration" in README.md.`);
}
