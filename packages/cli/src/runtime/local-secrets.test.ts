import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadLocalSecrets } from "./local-secrets";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guestlist-secrets-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  delete process.env.DEMO_CLIENT_SECRET;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("loadLocalSecrets", () => {
  it("generates each secret once, keeps it across runs, and stores it for the owner only", () => {
    const dir = tempDir();
    const first = loadLocalSecrets(dir);
    expect(Buffer.from(first.GUESTLIST_ENCRYPTION_KEY, "base64")).toHaveLength(32);
    expect(first.DEMO_CLIENT_SECRET).not.toBe(first.DEMO_AUTH_SECRET);
    expect(loadLocalSecrets(dir)).toEqual(first);
    expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o777).toBe(0o600);
  });

  it("lets the environment win without writing its value to disk", () => {
    const dir = tempDir();
    process.env.DEMO_CLIENT_SECRET = "from-the-environment";
    expect(loadLocalSecrets(dir).DEMO_CLIENT_SECRET).toBe("from-the-environment");
    expect(fs.readFileSync(path.join(dir, "secrets.json"), "utf8")).not.toContain(
      "from-the-environment",
    );
  });
});
