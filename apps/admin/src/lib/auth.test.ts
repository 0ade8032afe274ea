import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authOptions } from "./auth";

process.env.GUESTLIST_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.ADMIN_AUTH_SECRET ??= randomBytes(32).toString("hex");
process.env.TRUST_PROXY = "true";

type Authorize = (
  credentials: Record<string, string>,
  request: { headers: Record<string, string> },
) => Promise<unknown>;

function signIn(email: string, ip: string) {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize(
    { email, password: "not the password" },
    { headers: { "x-forwarded-for": `${ip}, 10.0.0.1` } },
  );
}

describe("operator sign-in behind a trusted proxy", () => {
  it("limits failed sign-ins per client IP across accounts (password spraying)", async () => {
    const sprayer = "203.0.113.9";
    for (let i = 0; i < 50; i++) {
      await expect(signIn(`operator${i}@spray.test`, sprayer)).resolves.toBeNull();
    }
    await expect(signIn("someone-else@spray.test", sprayer)).rejects.toThrow(
      /Too many failed sign-ins from your network/,
    );
    // Another address is not held back by the sprayer.
    await expect(signIn("someone-else@spray.test", "198.51.100.4")).resolves.toBeNull();
  }, 60_000);
});
