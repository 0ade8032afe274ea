import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication, updateApplication } from "../applications";
import { createUserAttribute, deleteUserAttribute, updateUserAttribute } from "../attributes";
import { listAuditEvents } from "../audit/list-audit-events";
import { getPrisma } from "../database/prisma-client";
import { createUserFlow, getUserFlow, updatePageLayout } from "../flows";
import { createTenantAsOperator, updateExternalCollaborationSettings } from "../tenants";
import { tenantAccess } from "./tenant-access";

const prisma = getPrisma();
let ownerA: string;
let ownerB: string;
let reader: string;
let attributeAdmin: string;

async function operator(email: string) {
  return (await prisma.operator.create({ data: { email, displayName: email, passwordHash: "x" } }))
    .id;
}

beforeAll(async () => {
  ownerA = await operator("owner-a@ops.test");
  ownerB = await operator("owner-b@ops.test");
  reader = await operator("reader@ops.test");
  attributeAdmin = await operator("attr@ops.test");
  const a = await createTenantAsOperator(prisma, ownerA, { slug: "tenant-a", name: "Tenant A" });
  await createTenantAsOperator(prisma, ownerB, { slug: "tenant-b", name: "Tenant B" });
  await prisma.tenantMembership.createMany({
    data: [
      { tenantId: a.id, operatorId: reader, role: "READER" },
      { tenantId: a.id, operatorId: attributeAdmin, role: "ATTRIBUTE_ADMIN" },
    ],
  });
});
afterAll(() => prisma.$disconnect());

const emailOtp = async (slug: string) =>
  (
    await prisma.identityProvider.findFirstOrThrow({
      where: { tenant: { slug }, type: "EMAIL_OTP" },
    })
  ).id;

describe("tenant access", () => {
  it("hides a tenant from operators who are not members, exactly as if it did not exist", async () => {
    await expect(tenantAccess(prisma, ownerB, "tenant-a")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(tenantAccess(prisma, ownerB, "no-such-tenant")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(tenantAccess(prisma, ownerA, "tenant-a")).resolves.toMatchObject({
      role: "OWNER",
    });
  });

  it("lets a reader see but not change anything", async () => {
    const access = await tenantAccess(prisma, reader, "tenant-a");
    await expect(
      createUserAttribute(prisma, access, { name: "Nope", dataType: "STRING" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateExternalCollaborationSettings(prisma, access, {
        selfServiceSignUpEnabled: true,
        signUpDomainPolicy: "ANY",
        signUpDomains: [],
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      tenantAccess(prisma, reader, "tenant-a", "userFlows.manage"),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("gives each administrator role its own area only", async () => {
    const access = await tenantAccess(prisma, attributeAdmin, "tenant-a");
    await expect(
      createUserAttribute(prisma, access, { name: "Region", dataType: "STRING" }),
    ).resolves.toMatchObject({ name: "Region" });
    await expect(
      createUserFlow(prisma, access, {
        name: "x",
        identityProviderIds: [await emailOtp("tenant-a")],
        attributeIds: [],
      }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("never reaches another tenant's rows through a guessed id", async () => {
    const b = await tenantAccess(prisma, ownerB, "tenant-b");
    const flowB = await createUserFlow(prisma, b, {
      name: "B flow",
      identityProviderIds: [await emailOtp("tenant-b")],
      attributeIds: [],
    });
    const a = await tenantAccess(prisma, ownerA, "tenant-a");
    await expect(getUserFlow(prisma, a, flowB.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(
      createUserFlow(prisma, a, {
        name: "uses B's idp",
        identityProviderIds: [await emailOtp("tenant-b")],
        attributeIds: [],
      }),
    ).rejects.toMatchObject({
      code: "invalid_input",
    });
    await expect(
      createApplication(prisma, a, {
        name: "App",
        type: "PUBLIC",
        redirectUris: ["https://app.test/cb"],
        postLogoutRedirectUris: [],
        userFlowId: flowB.id,
      }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("configuration rules", () => {
  it("keeps attribute names unique, fixed once used, and refuses to delete one a flow uses", async () => {
    const access = await tenantAccess(prisma, ownerA, "tenant-a");
    const attribute = await createUserAttribute(prisma, access, {
      name: "CompanySize",
      dataType: "INTEGER",
      description: "Employees",
    });
    await expect(
      createUserAttribute(prisma, access, { name: "companysize", dataType: "STRING" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      createUserAttribute(prisma, access, { name: "city", dataType: "STRING" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      createUserAttribute(prisma, access, { name: "2fast", dataType: "STRING" }),
    ).rejects.toThrow("Start with a letter");

    await createUserFlow(prisma, access, {
      name: "Suppliers",
      identityProviderIds: [await emailOtp("tenant-a")],
      attributeIds: [attribute.id],
    });
    await expect(
      updateUserAttribute(prisma, access, attribute.id, { name: "Headcount", description: "" }),
    ).rejects.toThrow('the user flow "Suppliers" uses this attribute');
    await expect(
      updateUserAttribute(prisma, access, attribute.id, {
        name: "CompanySize",
        description: "People employed",
      }),
    ).resolves.toMatchObject({
      description: "People employed",
    });
    await expect(deleteUserAttribute(prisma, access, attribute.id)).rejects.toThrow(
      'the user flow "Suppliers" uses it',
    );
  });

  it("checks the page layout: input types fit data types, choices have options", async () => {
    const access = await tenantAccess(prisma, ownerA, "tenant-a");
    const size = await prisma.userAttribute.findFirstOrThrow({
      where: { tenantId: access.tenant.id, name: "CompanySize" },
    });
    const flow = await prisma.userFlow.findFirstOrThrow({
      where: { tenantId: access.tenant.id, name: "Suppliers" },
    });
    const entry = {
      userAttributeId: size.id,
      dataType: "INTEGER" as const,
      label: "Company size",
      helpText: null,
      required: true,
      options: [],
    };
    await expect(
      updatePageLayout(prisma, access, flow.id, { entries: [{ ...entry, inputType: "DATE" }] }),
    ).rejects.toThrow("can be asked with");
    await expect(
      updatePageLayout(prisma, access, flow.id, { entries: [{ ...entry, inputType: "DROPDOWN" }] }),
    ).rejects.toThrow("Add at least one option");
    await expect(
      updatePageLayout(prisma, access, flow.id, {
        entries: [{ ...entry, inputType: "RADIO", options: [{ value: "ten", label: "Ten" }] }],
      }),
    ).rejects.toThrow("must be whole numbers");
    await updatePageLayout(prisma, access, flow.id, {
      entries: [
        {
          ...entry,
          inputType: "RADIO",
          options: [
            { value: "10", label: "1-10" },
            { value: "50", label: "11-50" },
          ],
        },
      ],
    });
    const saved = await getUserFlow(prisma, access, flow.id);
    expect(saved.attributes.map((a) => [a.label, a.inputType, a.required, a.options])).toEqual([
      [
        "Company size",
        "RADIO",
        true,
        [
          { value: "10", label: "1-10" },
          { value: "50", label: "11-50" },
        ],
      ],
    ]);
  });

  it("gives an application one flow at a time, says where it moved from, and shows its secret once", async () => {
    const access = await tenantAccess(prisma, ownerA, "tenant-a");
    const first = await prisma.userFlow.findFirstOrThrow({
      where: { tenantId: access.tenant.id, name: "Suppliers" },
    });
    const second = await createUserFlow(prisma, access, {
      name: "Contractors",
      identityProviderIds: [await emailOtp("tenant-a")],
      attributeIds: [],
    });
    const input = {
      name: "Portal",
      type: "CONFIDENTIAL" as const,
      redirectUris: ["https://portal.test/cb"],
      postLogoutRedirectUris: [],
      userFlowId: first.id,
    };
    const { application, clientSecret } = await createApplication(prisma, access, input);
    expect(clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(application.clientSecretHash).not.toContain(clientSecret);
    expect(application.clientId).toMatch(/^[0-9a-f-]{36}$/);

    const moved = await updateApplication(prisma, access, application.id, {
      ...input,
      userFlowId: second.id,
    });
    expect(moved.movedFrom).toBe("Suppliers");
    expect(moved.application.userFlowId).toBe(second.id);

    await expect(
      createApplication(prisma, access, { ...input, redirectUris: ["http://portal.test/cb"] }),
    ).rejects.toThrow("https://");
    await expect(
      createApplication(prisma, access, { ...input, redirectUris: ["https://portal.test/cb#x"] }),
    ).rejects.toThrow("#fragment");
    await expect(
      createApplication(prisma, access, { ...input, redirectUris: ["http://localhost:4000/cb"] }),
    ).resolves.toBeTruthy();
  });

  it("records who changed what in the tenant's audit log, and only there", async () => {
    const a = await tenantAccess(prisma, ownerA, "tenant-a");
    const events = await listAuditEvents(prisma, a, { action: "attribute" });
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({
      actor: expect.stringMatching(/@ops\.test$/),
      targetType: "UserAttribute",
    });
    const b = await tenantAccess(prisma, ownerB, "tenant-b");
    const bEvents = await listAuditEvents(prisma, b);
    expect(bEvents.every((event) => event.actor === "owner-b@ops.test")).toBe(true);
  });
});
