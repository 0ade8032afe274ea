import { describe, expect, it } from "vitest";
import { metricsAccess } from "./metrics-access";

const token = "m".repeat(40);

describe("metricsAccess", () => {
  it("is off without a token, whatever the scraper sends", () => {
    expect(metricsAccess(`Bearer ${token}`, undefined)).toBe("disabled");
    expect(metricsAccess(undefined, undefined)).toBe("disabled");
  });

  it("allows only the configured bearer token", () => {
    expect(metricsAccess(`Bearer ${token}`, token)).toBe("allowed");
    expect(metricsAccess(`bearer ${token}`, token)).toBe("allowed");
    for (const header of [undefined, "", `Bearer ${token}x`, `Basic ${token}`, token, "Bearer "])
      expect(metricsAccess(header, token)).toBe("unauthorized");
  });
});
