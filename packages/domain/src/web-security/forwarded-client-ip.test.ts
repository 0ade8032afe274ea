import { describe, expect, it } from "vitest";
import { forwardedClientIp } from "./forwarded-client-ip";

describe("forwardedClientIp", () => {
  it("is the first address of X-Forwarded-For, the client as the proxy saw it", () => {
    expect(forwardedClientIp("203.0.113.9")).toBe("203.0.113.9");
    expect(forwardedClientIp(" 203.0.113.9 , 10.0.0.1")).toBe("203.0.113.9");
    expect(forwardedClientIp(["2001:db8::1, 10.0.0.1", "10.0.0.2"])).toBe("2001:db8::1");
  });

  it("is null when there is no address", () => {
    for (const header of [undefined, null, "", " ", ", 10.0.0.1", []])
      expect(forwardedClientIp(header)).toBeNull();
  });
});
