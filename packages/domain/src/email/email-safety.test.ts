import { describe, expect, it } from "vitest";
import { escapeHtml } from "../web-security/escape-html";
import { isSingleAddress, singleLineHeader } from "./email-safety";

describe("email safety", () => {
  it("escapes markup from tenant and user text", () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe(
      "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;",
    );
  });

  it("flattens every control character out of a header", () => {
    expect(singleLineHeader("a\r\nb\tc\u2028d\u0000e")).toBe("a b c d e");
  });

  it("accepts one plain address only", () => {
    expect(isSingleAddress("ada.lovelace+guest@supplier.example")).toBe(true);
    for (const value of ["a@b.c,d@e.f", "a@b.c\nBcc: d@e.f", "A <a@b.c>", "a@b", "@b.c", "a b@c.d"])
      expect(isSingleAddress(value), value).toBe(false);
  });
});
