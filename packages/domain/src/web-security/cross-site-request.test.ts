import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./cross-site-request";

const ours = "https://id.example.com";

describe("cross-site request check", () => {
  it.each([
    ["POST", "https://id.example.com", undefined, false],
    ["POST", "https://attacker.example", "cross-site", true],
    ["POST", "https://sub.id.example.com", "same-site", true],
    ["POST", "http://id.example.com", undefined, true],
    ["POST", "null", undefined, true],
    ["POST", undefined, "cross-site", true],
    ["POST", undefined, "same-site", true],
    ["POST", undefined, "same-origin", false],
    ["POST", undefined, undefined, false],
    ["DELETE", "https://attacker.example", undefined, true],
    ["GET", "https://attacker.example", "cross-site", false],
    ["head", "https://attacker.example", "cross-site", false],
  ])(
    "%s from origin %s (sec-fetch-site %s) is cross-site: %s",
    (method, origin, site, expected) => {
      expect(isCrossSiteWrite({ method, origin, secFetchSite: site }, ours)).toBe(expected);
    },
  );
});
