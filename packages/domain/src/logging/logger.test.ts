import { describe, expect, it, vi } from "vitest";
import { outsideLogContext, withLogContext } from "./log-context";
import { createLogger, maskSecrets } from "./logger";

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

describe("log lines within a request", () => {
  it("carry the request's id and interaction, also from work the request awaits", async () => {
    const lines: string[] = [];
    const capture = vi
      .spyOn(process.stdout, "write")
      .mockImplementation((line) => lines.push(String(line)) > 0);
    try {
      const log = createLogger("test");
      log.info("before");
      await withLogContext({ requestId: "req-1", interaction: "uid-1" }, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.info("inside", { step: "email" });
        outsideLogContext(() => log.info("a shared connection's event"));
      });
      log.info("after");
    } finally {
      capture.mockRestore();
    }
    const [before, inside, after] = lines.map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    expect(before).not.toHaveProperty("requestId");
    expect(inside).toMatchObject({ requestId: "req-1", interaction: "uid-1", step: "email" });
    expect(after).not.toHaveProperty("requestId");
  });
});
