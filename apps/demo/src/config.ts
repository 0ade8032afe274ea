import { z } from "zod";

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

/** The demo is a plain relying party: it knows the hosted pages' address, its tenant and its client credentials. */
export const ZDemoEnv = z.object({
  HOSTED_URL: httpUrl.default("http://localhost:3001"),
  DEMO_URL: httpUrl.default("http://localhost:3002"),
  DEMO_TENANT: z.string().min(1).default("woodgrove"),
  DEMO_CLIENT_ID: z.string().min(1).default("woodgrove-supplier-portal"),
  DEMO_CLIENT_SECRET: z
    .string({ error: "is required (the client secret registered for the demo application)" })
    .min(1),
  DEMO_AUTH_SECRET: z
    .string({ error: "is required (a random string that signs the demo's session cookie)" })
    .min(32, "must be at least 32 characters"),
});

export function demoEnv() {
  const result = ZDemoEnv.safeParse(process.env);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
    .join("; ");
  throw new Error(`Invalid configuration: ${problems}. See "Configuration" in README.md.`);
}

export function issuerUrl(env = demoEnv()): string {
  return `${env.HOSTED_URL.replace(/\/+$/, "")}/${env.DEMO_TENANT}`;
}
