import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess, type TenantAccess } from "../access/tenant-access";
import { createUserAttribute } from "../attributes";
import { getPrisma } from "../database/prisma-client";
import { createTenantAsOperator } from "../tenants";
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from ".";

const prisma = getPrisma();
let owner: TenantAccess;
let reader: TenantAccess;
let other: TenantAccess;

beforeAll(async () => {
  const op = async (email: string) =>
    (await prisma.operator.create({ data: { email, displayName: email, passwordHash: "x" } })).id;
  const ownerId = await op("owner@keys.test");
  const readerId = await op("reader@keys.test");
  const otherId = await op("other@keys.test");
  const tenant = await createTenantAsOperator(prisma, ownerId, { slug: "keys", name: "Keys" });
  await createTenantAsOperator(prisma, otherId, { slug: "keys-other", name: "Other" });
  await prisma.tenantMembership.create({
    data: { tenantId: tenant.id, operatorId: readerId, role: "READER" },
  });
  owner = await tenantAccess(prisma, ownerId, "keys");
  reader = await tenantAccess(prisma, readerId, "keys");
  other = await tenantAccess(prisma, otherId, "keys-other");
});
afterAll(() => prisma.$disconnect());

describe("API keys", () => {
  it("are shown once, stored hashed, and grant their role in their tenant", async () => {
    const { key, apiKey } = await createApiKey(prisma, owner, {
      name: "Terraform",
      role: "ATTRIBUTE_ADMIN",
      expiresInDays: "",
    });
    expect(key).toMatch(/^gl_[\w-]{12}_[\w-]{43}$/);
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const stored = await prisma.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(JSON.stringify(stored)).not.toContain(key.slice(apiKey.prefix.length + 1));
    expect(stored.expiresAt).toBeNull();

    const access = await authenticateApiKey(prisma, key);
    expect(access).toMatchObject({
      tenant: { slug: "keys" },
      role: "ATTRIBUTE_ADMIN",
      actor: { type: "API_KEY", id: apiKey.id },
    });
    await createUserAttribute(prisma, access, { name: "ViaApi", dataType: "STRING" });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "attribute.created" },
    });
    expect(event).toMatchObject({ actorType: "API_KEY", actorId: apiKey.id });
    expect((await listApiKeys(prisma, owner))[0]!.lastUsedAt).toBeInstanceOf(Date);
    expect(await listApiKeys(prisma, other)).toEqual([]);
  });

  it("refuses a wrong, malformed, revoked or expired key with one message", async () => {
    const { key, apiKey } = await createApiKey(prisma, owner, {
      name: "CI",
      role: "READER",
      expiresInDays: 30,
    });
    const tampered = `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`;
    for (const presented of [tampered, "", "Bearer x", `${apiKey.prefix}_short`])
      await expect(authenticateApiKey(prisma, presented)).rejects.toMatchObject({
        code: "unauthenticated",
        message: "The API key is missing, malformed, revoked or expired.",
      });
    await expect(revokeApiKey(prisma, other, apiKey.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await revokeApiKey(prisma, owner, apiKey.id);
    await expect(authenticateApiKey(prisma, key)).rejects.toMatchObject({
      code: "unauthenticated",
    });

    const expiring = await createApiKey(prisma, owner, {
      name: "Old",
      role: "READER",
      expiresInDays: 1,
    });
    await prisma.apiKey.update({
      where: { id: expiring.apiKey.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    await expect(authenticateApiKey(prisma, expiring.key)).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });

  it("are managed by owners only", async () => {
    await expect(
      createApiKey(prisma, reader, { name: "Nope", role: "OWNER", expiresInDays: null }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createApiKey(prisma, owner, { name: "", role: "KING" as never, expiresInDays: 9999 }),
    ).rejects.toThrow();
  });
});
