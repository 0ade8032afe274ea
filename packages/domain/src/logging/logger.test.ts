import { describe, expect, it } from "vitest";
import { maskSecrets } from "./logger";

describe("maskSecrets", () => {
  it("masks secret-looking keys at any depth and keeps the rest", () => {
    expect(
      maskSecrets({
        tenant: "woodgrove",
        clientSecret: "abc",
        nested: {
          password: "p",
          list: [{ refresh_token: "t", email: "a@b.c" }],
          Authorization: "Basic x",
        },
      }),
    ).toEqual({
      tenant: "woodgrove",
      clientSecret: "[masked]",
      nested: {
        password: "[masked]",
        list: [{ refresh_token: "[masked]", email: "a@b.c" }],
        Authorization: "[masked]",
      },
    });
  });

  it("keeps an error's message and stack", () => {
    const masked = maskSecrets({ error: new Error("boom") }) as {
      error: { message: string; stack: string };
    };
    expect(masked.error.message).toBe("boom");
    expect(masked.error.stack).toContain("boom");
  });
});
