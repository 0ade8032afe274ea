import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers";

const production = { https: true, development: false } as const;

describe("security headers", () => {
  it("draws a different 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("allows scripts and styles only with the nonce, never inline or eval in production", () => {
    const policy = contentSecurityPolicy("abc", production);
    const directives = Object.fromEntries(
      policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]),
    );
    expect(directives["script-src"]).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(directives["style-src"]).toEqual(["'self'", "'nonce-abc'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("sends HSTS only over https, and allows eval only in development", () => {
    expect(securityHeaders("n", production)["strict-transport-security"]).toMatch(/max-age=\d{8}/);
    const local = securityHeaders("n", { ...production, https: false, development: true });
    expect(local["strict-transport-security"]).toBeUndefined();
    expect(local["content-security-policy"]).toContain("'unsafe-eval'");
    expect(local["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(local).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
    });
  });
});
