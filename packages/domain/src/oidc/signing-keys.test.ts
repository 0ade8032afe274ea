import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { createTenant } from "../tenants/create-tenant";
import { rotateSigningKey } from "./rotate-signing-key";
import { loadSigningJwks, maintainSigningKeys, signingKeysFingerprint } from "./signing-keys";
import { PREVIOUS_KEY_GRACE_SECONDS } from "./token-lifetimes";

const prisma = getPrisma();
const encryptionKey = randomBytes(32).toString("base64");
const policy = { rotationDays: 90, activationSeconds: 60 };
const DAY_MS = 24 * 60 * 60 * 1000;
let listener: pg.Client;
const notified: string[] = [];

async function newTenant(slug: string) {
  return (await createTenant(prisma, { slug, name: slug })).id;
}
const states = async (tenantId: string) =>
  (
    await prisma.signingKey.findMany({
      where: { tenantId },
      orderBy: { createdAt: "asc" },
      select: { kid: true, state: true },
    })
  ).map((key) => key.state);

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (message) => notified.push(message.payload!));
  await listener.query("LISTEN guestlist_tenant_changed");
});
afterAll(async () => {
  await listener.end();
  await prisma.$disconnect();
});

describe("a tenant's signing keys", () => {
  it("get one active key however many instances ask for it at once", async () => {
    const tenantId = await newTenant("keys-first-use");
    await Promise.all(
      Array.from({ length: 10 }, () =>
        maintainSigningKeys(prisma, tenantId, encryptionKey, policy),
      ),
    );
    expect(await states(tenantId)).toEqual(["ACTIVE"]);
    expect(await loadSigningJwks(prisma, tenantId, encryptionKey)).toHaveLength(1);
  });

  it("publish a rotated key first, sign with it after the activation delay, then retire the old one", async () => {
    const tenantId = await newTenant("keys-rotation");
    const start = new Date();
    await maintainSigningKeys(prisma, tenantId, encryptionKey, policy, start);
    const [first] = (await loadSigningJwks(prisma, tenantId, encryptionKey)).map((k) => k.kid);

    // Ten rotations at once are one rotation.
    const rotations = await Promise.all(
      Array.from({ length: 10 }, () =>
        rotateSigningKey(prisma, tenantId, encryptionKey, policy, start),
      ),
    );
    const next = rotations[0]!.kid;
    expect(new Set(rotations.map((rotation) => rotation.kid)).size).toBe(1);
    expect(rotations[0]!.activatesAt.getTime()).toBe(start.getTime() + 60_000);
    expect(await states(tenantId)).toEqual(["ACTIVE", "NEXT"]);
    const published = async () =>
      (await loadSigningJwks(prisma, tenantId, encryptionKey)).map((k) => k.kid);
    expect(await published()).toEqual([first, next]);

    // Before the delay nothing moves, however often instances check.
    await maintainSigningKeys(
      prisma,
      tenantId,
      encryptionKey,
      policy,
      new Date(start.getTime() + 59_000),
    );
    expect(await published()).toEqual([first, next]);

    const fingerprintBefore = await signingKeysFingerprint(prisma, tenantId);
    const activation = new Date(start.getTime() + 60_000);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        maintainSigningKeys(prisma, tenantId, encryptionKey, policy, activation),
      ),
    );
    expect(await published()).toEqual([next, first]);
    expect(await signingKeysFingerprint(prisma, tenantId)).not.toBe(fingerprintBefore);
    const previous = await prisma.signingKey.findFirstOrThrow({ where: { kid: first } });
    expect(previous.retireAfter!.getTime()).toBe(
      activation.getTime() + PREVIOUS_KEY_GRACE_SECONDS * 1000,
    );

    await maintainSigningKeys(prisma, tenantId, encryptionKey, policy, previous.retireAfter!);
    expect(await published()).toEqual([next]);
    expect(await states(tenantId)).toEqual(["RETIRED", "ACTIVE"]);
  });

  it("rotate on their own once the signing key is older than the rotation period", async () => {
    const tenantId = await newTenant("keys-schedule");
    const start = new Date();
    await maintainSigningKeys(prisma, tenantId, encryptionKey, policy, start);
    await maintainSigningKeys(
      prisma,
      tenantId,
      encryptionKey,
      policy,
      new Date(start.getTime() + 89 * DAY_MS),
    );
    expect(await states(tenantId)).toEqual(["ACTIVE"]);
    const due = new Date(start.getTime() + 90 * DAY_MS);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        maintainSigningKeys(prisma, tenantId, encryptionKey, policy, due),
      ),
    );
    expect(await states(tenantId)).toEqual(["ACTIVE", "NEXT"]);
    await maintainSigningKeys(prisma, tenantId, encryptionKey, { ...policy, rotationDays: 0 }, due);
    expect(await states(tenantId)).toEqual(["ACTIVE", "NEXT"]);
  });

  it("settle two active keys left by instances that raced before the lock: the newest signs", async () => {
    const tenantId = await newTenant("keys-two-active");
    await maintainSigningKeys(prisma, tenantId, encryptionKey, policy);
    const [older] = await prisma.signingKey.findMany({ where: { tenantId } });
    await prisma.signingKey.create({
      data: {
        tenantId,
        kid: "racing-instance-key",
        algorithm: older!.algorithm,
        publicJwk: older!.publicJwk!,
        privateJwkEncrypted: older!.privateJwkEncrypted,
        state: "ACTIVE",
        createdAt: new Date(Date.now() + 1000),
      },
    });
    await maintainSigningKeys(prisma, tenantId, encryptionKey, policy);
    expect(await states(tenantId)).toEqual(["PREVIOUS", "ACTIVE"]);
  });

  it("tell every instance when they change, and only then", async () => {
    const tenantId = await newTenant("keys-notify");
    notified.length = 0;
    await maintainSigningKeys(prisma, tenantId, encryptionKey, policy);
    await maintainSigningKeys(prisma, tenantId, encryptionKey, policy);
    await rotateSigningKey(prisma, tenantId, encryptionKey, policy);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notified.filter((id) => id === tenantId)).toHaveLength(2);
  });
});
