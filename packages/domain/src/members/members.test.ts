import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tenantAccess, type TenantAccess } from "../access/tenant-access";
import { decryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { authenticateOperator } from "../operators/authenticate-operator";
import { createTenantAsOperator } from "../tenants";
import {
  acceptOperatorInvitation,
  changeMemberRole,
  findOperatorInvitation,
  inviteOperator,
  listMembers,
  removeMember,
} from ".";

const prisma = getPrisma();
const key = randomBytes(32).toString("base64");
const settings = {
  email: { from: "admin@guestlist.test", encryptionKey: key },
  adminUrl: "http://localhost:3000",
};
let owner: TenantAccess;

/** The invitation link from the captured email (no Resend key in tests). */
async function linkTokenFor(email: string): Promise<string> {
  const message = await prisma.emailMessage.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const { text } = JSON.parse(
    decryptSecret(message.bodyEncrypted!, key, `email-body:${message.id}`),
  ) as { text: string };
  return /\/invitations\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
}

beforeAll(async () => {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const ownerId = (
    await prisma.operator.create({
      data: { email: "members-owner@ops.test", displayName: "Owner", passwordHash: "x" },
    })
  ).id;
  await createTenantAsOperator(prisma, ownerId, { slug: "members-tests", name: "Members" });
  owner = await tenantAccess(prisma, ownerId, "members-tests");
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

describe("members and invitations", () => {
  it("invite by email; the link creates the account once, with the role", async () => {
    await inviteOperator(prisma, owner, settings, {
      email: "New.Admin@ops.test",
      role: "USER_FLOW_ADMIN",
    });
    const token = await linkTokenFor("new.admin@ops.test");
    expect(await findOperatorInvitation(prisma, token)).toMatchObject({
      email: "new.admin@ops.test",
      role: "USER_FLOW_ADMIN",
      accountExists: false,
    });
    const stored = await prisma.operatorInvitation.findFirstOrThrow({
      where: { email: "new.admin@ops.test" },
    });
    expect(stored.tokenHash).not.toBe(token);

    const joined = await acceptOperatorInvitation(prisma, token, {
      newOperator: { displayName: "New Admin", password: "a passphrase for the new admin" },
    });
    expect(await tenantAccess(prisma, joined.operatorId, "members-tests")).toMatchObject({
      role: "USER_FLOW_ADMIN",
    });
    expect(
      await authenticateOperator(prisma, {
        email: "new.admin@ops.test",
        password: "a passphrase for the new admin",
      }),
    ).toBeTruthy();
    await expect(
      acceptOperatorInvitation(prisma, token, {
        newOperator: { displayName: "Again", password: "a passphrase for the new admin" },
      }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("accept only for the invited address, and refuse to invite a member twice", async () => {
    await inviteOperator(prisma, owner, settings, { email: "exact@ops.test", role: "READER" });
    const token = await linkTokenFor("exact@ops.test");
    const someoneElse = (
      await prisma.operator.create({
        data: { email: "else@ops.test", displayName: "Else", passwordHash: "x" },
      })
    ).id;
    await expect(
      acceptOperatorInvitation(prisma, token, { operatorId: someoneElse }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await findOperatorInvitation(prisma, token)).toMatchObject({ email: "exact@ops.test" });
    await expect(
      inviteOperator(prisma, owner, settings, { email: "members-owner@ops.test", role: "READER" }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("keep at least one owner, and let only owners manage members", async () => {
    const { members } = await listMembers(prisma, owner);
    const ownerMembership = members.find((m) => m.role === "OWNER")!;
    await expect(changeMemberRole(prisma, owner, ownerMembership.id, "READER")).rejects.toThrow(
      "at least one owner",
    );
    await expect(removeMember(prisma, owner, ownerMembership.id)).rejects.toThrow(
      "at least one owner",
    );

    const flowAdmin = members.find((m) => m.role === "USER_FLOW_ADMIN")!;
    const flowAdminAccess = await tenantAccess(prisma, flowAdmin.operatorId, "members-tests");
    await expect(
      inviteOperator(prisma, flowAdminAccess, settings, { email: "x@ops.test", role: "OWNER" }),
    ).rejects.toMatchObject({ code: "forbidden" });

    await changeMemberRole(prisma, owner, flowAdmin.id, "READER");
    expect(await tenantAccess(prisma, flowAdmin.operatorId, "members-tests")).toMatchObject({
      role: "READER",
    });
    await removeMember(prisma, owner, flowAdmin.id);
    await expect(tenantAccess(prisma, flowAdmin.operatorId, "members-tests")).rejects.toMatchObject(
      { code: "not_found" },
    );
  });

  it("two owners demoting each other at once leave one owner, never none", async () => {
    const operators = await Promise.all(
      ["first", "second"].map((name) =>
        prisma.operator.create({
          data: { email: `${name}-owner@ops.test`, displayName: name, passwordHash: "x" },
        }),
      ),
    );
    await createTenantAsOperator(prisma, operators[0]!.id, { slug: "two-owners", name: "Two" });
    const first = await tenantAccess(prisma, operators[0]!.id, "two-owners");
    const membership = await prisma.tenantMembership.create({
      data: { tenantId: first.tenant.id, operatorId: operators[1]!.id, role: "OWNER" },
    });
    const second = await tenantAccess(prisma, operators[1]!.id, "two-owners");
    const firstMembership = await prisma.tenantMembership.findFirstOrThrow({
      where: { tenantId: first.tenant.id, operatorId: operators[0]!.id },
    });

    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled([
        changeMemberRole(prisma, first, membership.id, "READER"),
        removeMember(prisma, second, firstMembership.id),
      ]);
      const owners = await prisma.tenantMembership.count({
        where: { tenantId: first.tenant.id, role: "OWNER" },
      });
      expect(owners).toBe(1);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: "conflict" });
      // Put both back as owners for the next round.
      await prisma.tenantMembership.upsert({
        where: { id: firstMembership.id },
        create: { ...firstMembership, role: "OWNER" },
        update: { role: "OWNER" },
      });
      await prisma.tenantMembership.update({
        where: { id: membership.id },
        data: { role: "OWNER" },
      });
    }
  });
});
