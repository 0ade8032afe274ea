import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret-box";

const key = randomBytes(32).toString("base64");

describe("secret box", () => {
  it("round-trips and never repeats a ciphertext", () => {
    const a = encryptSecret("client-secret-value", key, "idp:1");
    const b = encryptSecret("client-secret-value", key, "idp:1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("client-secret-value");
    expect(decryptSecret(a, key, "idp:1")).toBe("client-secret-value");
  });

  it("refuses another key, another context, or an altered value", () => {
    const sealed = encryptSecret("s3cret", key, "idp:1");
    expect(() => decryptSecret(sealed, randomBytes(32).toString("base64"), "idp:1")).toThrow(
      "could not be decrypted",
    );
    expect(() => decryptSecret(sealed, key, "idp:2")).toThrow("could not be decrypted");
    const [v, iv, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(() =>
      decryptSecret(`${v}.${iv}.${flipped.toString("base64url")}`, key, "idp:1"),
    ).toThrow("could not be decrypted");
    expect(() => decryptSecret("garbage", key, "idp:1")).toThrow("not in the expected format");
  });

  it("refuses a key of the wrong length", () => {
    expect(() => encryptSecret("x", Buffer.alloc(16).toString("base64"), "c")).toThrow(
      "GUESTLIST_ENCRYPTION_KEY",
    );
  });
});
