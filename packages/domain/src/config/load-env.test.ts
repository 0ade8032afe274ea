import { describe, expect, it } from "vitest";
import { ZAppUrlsEnv, ZDatabaseEnv, ZEncryptionKey } from "./env-schemas";
import { parseEnv } from "./load-env";
import { z } from "zod";

describe("configuration", () => {
  it("uses the embedded database when DATABASE_URL is not set", () => {
    expect(parseEnv(ZDatabaseEnv, {})).toEqual({
      databaseUrl: "postgresql://postgres:guestlist@127.0.0.1:54329/guestlist",
      usesEmbeddedDatabase: true,
      embeddedPostgresPort: 54329,
    });
    expect(parseEnv(ZDatabaseEnv, { EMBEDDED_POSTGRES_PORT: "6000" }).databaseUrl).toContain(
      ":6000/",
    );
  });

  it("uses DATABASE_URL when it is set", () => {
    const env = parseEnv(ZDatabaseEnv, {
      DATABASE_URL: "postgresql://app:pw@db.internal:5432/guestlist",
    });
    expect(env).toMatchObject({
      databaseUrl: "postgresql://app:pw@db.internal:5432/guestlist",
      usesEmbeddedDatabase: false,
    });
  });

  it.each([
    ["not a URL", "DATABASE_URL: must be a connection string like postgresql://"],
    ["mysql://root@localhost/guestlist", "DATABASE_URL: must be a connection string"],
    ["postgresql://localhost", "DATABASE_URL: must be a connection string"],
  ])("names DATABASE_URL and the expected shape for %j without echoing it", (value, message) => {
    expect(() => parseEnv(ZDatabaseEnv, { DATABASE_URL: value })).toThrow(message);
    try {
      parseEnv(ZDatabaseEnv, { DATABASE_URL: value });
    } catch (error) {
      expect((error as Error).message).not.toContain(value);
      expect((error as Error).message).toContain('See "Configuration" in README.md');
    }
  });

  it("reports every bad variable at once", () => {
    const schema = z.object({ GUESTLIST_ENCRYPTION_KEY: ZEncryptionKey }).and(ZAppUrlsEnv);
    expect(() =>
      parseEnv(schema, { GUESTLIST_ENCRYPTION_KEY: "c2hvcnQ=", HOSTED_URL: "ftp://x" }),
    ).toThrow(
      /^Invalid configuration: GUESTLIST_ENCRYPTION_KEY: must be 32 bytes.*; HOSTED_URL: must be an http/,
    );
  });

  it("rejects a port that is not a port", () => {
    expect(() => parseEnv(ZDatabaseEnv, { EMBEDDED_POSTGRES_PORT: "70000" })).toThrow(
      "EMBEDDED_POSTGRES_PORT: must be between 1 and 65535",
    );
    expect(() => parseEnv(ZDatabaseEnv, { EMBEDDED_POSTGRES_PORT: "abc" })).toThrow(
      "EMBEDDED_POSTGRES_PORT",
    );
  });

  it("requires https public URLs in production, except on localhost or when allowed", () => {
    const production = { NODE_ENV: "production", HOSTED_URL: "http://id.example.com" };
    expect(() => parseEnv(ZAppUrlsEnv, production)).toThrow(/HOSTED_URL: must be https/);
    expect(() =>
      parseEnv(ZAppUrlsEnv, { ...production, HOSTED_URL: "https://id.example.com" }),
    ).not.toThrow();
    expect(() =>
      parseEnv(ZAppUrlsEnv, { ...production, HOSTED_URL: "http://localhost:3101" }),
    ).not.toThrow();
    expect(() =>
      parseEnv(ZAppUrlsEnv, { ...production, GUESTLIST_ALLOW_INSECURE_HTTP: "true" }),
    ).not.toThrow();
    expect(() => parseEnv(ZAppUrlsEnv, { HOSTED_URL: "http://id.example.com" })).not.toThrow();
  });
});
