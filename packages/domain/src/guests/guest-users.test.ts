import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess, type TenantAccess } from "../access/tenant-access";
import { createUserAttribute } from "../attributes";
import { getPrisma } from "../database/prisma-client";
import { createUserFlow } from "../flows";
import { createTenantAsOperator } from "../tenants";
import { exportGuestUsers } from "./export-guest-users";
import { getGuestUser } from "./guest-details";
import { searchGuestUsers } from "./guest-directory";
import {
  deleteGuestUsers,
  revokeGuestUserSessions,
  setGuestUsersBlocked,
  updateGuestUserAttributes,
} from ".";

const prisma = getPrisma();
let owner: TenantAccess;
let other: TenantAccess;
let reader: TenantAccess;
let userAdmin: TenantAccess;
let attributeAdmin: TenantAccess;
let flowId: string;
let otpId: string;
let otherGuestId: string;

async function operator(email: string) {
  return (await prisma.operator.create({ data: { email, displayName: email, passwordHash: "x" } }))
    .id;
}

async function guest(
  access: TenantAccess,
  email: string,
  extra: Partial<{
    displayName: string;
    city: string;
    attributes: object;
    createdAt: Date;
    userFlowId: string;
  }> = {},
) {
  return prisma.guestUser.create({
    data: {
      tenantId: access.tenant.id,
      email,
      emailVerified: true,
      ...extra,
      identities: {
        create: {
          tenantId: access.tenant.id,
          identityProviderId: access === owner ? otpId : null,
          signInType: "emailAddress",
          issuer: "guestlist",
          issuerAssignedId: email,
        },
      },
    },
  });
}

async function collect(stream: AsyncIterable<string>) {
  let text = "";
  for await (const chunk of stream) text += chunk;
  return text;
}

beforeAll(async () => {
  const ownerId = await operator("owner@guests.test");
  const otherOwnerId = await operator("other@guests.test");
  const readerId = await operator("reader@guests.test");
  const userAdminId = await operator("users@guests.test");
  const attributeAdminId = await operator("attrs@guests.test");
  const tenant = await createTenantAsOperator(prisma, ownerId, { slug: "guests", name: "Guests" });
  await createTenantAsOperator(prisma, otherOwnerId, { slug: "elsewhere", name: "Elsewhere" });
  await prisma.tenantMembership.createMany({
    data: [
      { tenantId: tenant.id, operatorId: readerId, role: "READER" },
      { tenantId: tenant.id, operatorId: userAdminId, role: "USER_ADMIN" },
      { tenantId: tenant.id, operatorId: attributeAdminId, role: "ATTRIBUTE_ADMIN" },
    ],
  });
  owner = await tenantAccess(prisma, ownerId, "guests");
  other = await tenantAccess(prisma, otherOwnerId, "elsewhere");
  reader = await tenantAccess(prisma, readerId, "guests");
  userAdmin = await tenantAccess(prisma, userAdminId, "guests");
  attributeAdmin = await tenantAccess(prisma, attributeAdminId, "guests");
  otpId = (
    await prisma.identityProvider.findFirstOrThrow({
      where: { tenantId: tenant.id, type: "EMAIL_OTP" },
    })
  ).id;
  await createUserAttribute(prisma, owner, { name: "CompanySize", dataType: "INTEGER" });
  await createUserAttribute(prisma, owner, { name: "Newsletter", dataType: "BOOLEAN" });
  flowId = (
    await createUserFlow(prisma, owner, {
      name: "Partners",
      identityProviderIds: [otpId],
      attributeIds: [],
    })
  ).id;

  await guest(owner, "ada@contoso.test", {
    displayName: "Ada Lovelace",
    city: "London",
    attributes: { CompanySize: 50, Newsletter: true },
    createdAt: new Date("2026-01-10T12:00:00Z"),
    userFlowId: flowId,
  });
  await guest(owner, "alan@fabrikam.test", {
    displayName: "Alan Turing",
    city: "Manchester",
    attributes: { CompanySize: 500 },
    createdAt: new Date("2026-02-10T12:00:00Z"),
  });
  await guest(owner, "grace@contoso.test", {
    displayName: "Grace 100%_Hopper",
    attributes: { CompanySize: 50 },
    createdAt: new Date("2026-03-10T12:00:00Z"),
  });
  otherGuestId = (await guest(other, "ada@elsewhere.test", { displayName: "Ada Elsewhere" })).id;
});
afterAll(() => prisma.$disconnect());

const emails = (result: { users: { email: string }[] }) => result.users.map((u) => u.email);

describe("guest directory", () => {
  it("searches by email prefix, any part of a name, and attribute values, within the tenant only", async () => {
    expect(emails(await searchGuestUsers(prisma, owner, { q: "ADA" }))).toEqual([
      "ada@contoso.test",
    ]);
    expect(emails(await searchGuestUsers(prisma, owner, { q: "turing" }))).toEqual([
      "alan@fabrikam.test",
    ]);
    expect(emails(await searchGuestUsers(prisma, owner, { q: "contoso" }))).toEqual([]);
    expect(emails(await searchGuestUsers(prisma, owner, { q: "100%_" }))).toEqual([
      "grace@contoso.test",
    ]);
    expect(emails(await searchGuestUsers(prisma, owner, { q: "%" }))).toEqual([
      "grace@contoso.test",
    ]);
    expect(
      emails(
        await searchGuestUsers(prisma, owner, {
          attribute: "CompanySize",
          value: "50",
          sort: "email:asc",
        }),
      ),
    ).toEqual(["ada@contoso.test", "grace@contoso.test"]);
    expect(
      emails(await searchGuestUsers(prisma, owner, { attribute: "city", value: "london" })),
    ).toEqual(["ada@contoso.test"]);
    expect(
      emails(await searchGuestUsers(prisma, owner, { attribute: "Newsletter", value: "true" })),
    ).toEqual(["ada@contoso.test"]);
    await expect(
      searchGuestUsers(prisma, owner, { attribute: "CompanySize", value: "lots" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      searchGuestUsers(prisma, owner, { attribute: "NoSuchThing", value: "x" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    expect(emails(await searchGuestUsers(prisma, other, {}))).toEqual(["ada@elsewhere.test"]);
  });

  it("filters by flow, identity provider, state and sign-up date, and sorts", async () => {
    expect(emails(await searchGuestUsers(prisma, owner, { userFlowId: flowId }))).toEqual([
      "ada@contoso.test",
    ]);
    expect(
      emails(
        await searchGuestUsers(prisma, owner, { identityProviderId: otpId, sort: "email:desc" }),
      ),
    ).toEqual(["grace@contoso.test", "alan@fabrikam.test", "ada@contoso.test"]);
    expect(
      emails(
        await searchGuestUsers(prisma, owner, {
          createdFrom: "2026-02-10",
          createdTo: "2026-03-09",
        }),
      ),
    ).toEqual(["alan@fabrikam.test"]);
    expect(emails(await searchGuestUsers(prisma, owner, { sort: "createdAt:asc" }))).toEqual([
      "ada@contoso.test",
      "alan@fabrikam.test",
      "grace@contoso.test",
    ]);
    expect(emails(await searchGuestUsers(prisma, owner, { status: "BLOCKED" }))).toEqual([]);
    await expect(searchGuestUsers(prisma, owner, { createdFrom: "yesterday" })).rejects.toThrow(
      "Use a date like",
    );
  });

  it("pages with keyset cursors: every user exactly once, in order, whatever the sort", async () => {
    const many = Array.from({ length: 23 }, (_, i) => ({
      tenantId: owner.tenant.id,
      email: `bulk${String(i).padStart(2, "0")}@paging.test`,
      // Several users share a timestamp: the id breaks ties.
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, Math.floor(i / 4))),
    }));
    await prisma.guestUser.createMany({ data: many });
    for (const sort of ["createdAt:desc", "createdAt:asc", "email:asc", "email:desc"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchGuestUsers(prisma, owner, { q: "bulk", sort, limit: 5, cursor });
        seen.push(...emails(page));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(23);
      const all = emails(await searchGuestUsers(prisma, owner, { q: "bulk", sort, limit: 100 }));
      expect(seen).toEqual(all);
    }
    await expect(searchGuestUsers(prisma, owner, { cursor: "not-a-cursor" })).rejects.toMatchObject(
      {
        code: "invalid_input",
      },
    );
  });
});

describe("a guest user's page and actions", () => {
  it("shows typed attributes, identities and provenance, and hides other tenants' users", async () => {
    const [ada] = (await searchGuestUsers(prisma, owner, { q: "ada" })).users;
    const details = await getGuestUser(prisma, reader, ada!.id);
    expect(details.userFlow?.name).toBe("Partners");
    expect(details.identities[0]?.identityProvider?.type).toBe("EMAIL_OTP");
    expect(details.attributeValues.find((a) => a.name === "CompanySize")).toMatchObject({
      dataType: "INTEGER",
      value: 50,
    });
    expect(details).not.toHaveProperty("passwordHash");
    await expect(getGuestUser(prisma, owner, otherGuestId)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("edits attributes by their data type, and only with the right role", async () => {
    const [alan] = (await searchGuestUsers(prisma, owner, { q: "alan" })).users;
    await expect(
      updateGuestUserAttributes(prisma, userAdmin, alan!.id, {
        attributes: { CompanySize: "many", Newsletter: "perhaps", email: "x@y.test", Nope: "1" },
      }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      details: {
        fieldIssues: [
          { path: "attributes.CompanySize", message: "Enter a whole number." },
          { path: "attributes.Newsletter", message: "Choose yes or no." },
          { path: "attributes.email", message: expect.stringContaining("cannot be edited") },
          { path: "attributes.Nope", message: expect.stringContaining("no attribute") },
        ],
      },
    });
    await updateGuestUserAttributes(prisma, userAdmin, alan!.id, {
      attributes: { CompanySize: "750", Newsletter: "false", city: "  Wilmslow ", displayName: "" },
    });
    const saved = await prisma.guestUser.findUniqueOrThrow({ where: { id: alan!.id } });
    expect(saved).toMatchObject({
      city: "Wilmslow",
      displayName: null,
      attributes: { CompanySize: 750, Newsletter: false },
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { targetId: alan!.id, action: "guestUser.updated" },
    });
    expect(audit.details).toMatchObject({ before: { CompanySize: 500, city: "Manchester" } });

    for (const access of [reader, attributeAdmin])
      await expect(
        updateGuestUserAttributes(prisma, access, alan!.id, { attributes: { city: "Leeds" } }),
      ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateGuestUserAttributes(prisma, owner, otherGuestId, { attributes: { city: "Leeds" } }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("blocks a user: their sessions, grants and tokens end; unblocking lets them sign in again", async () => {
    const grace = await guest(owner, "blocked@contoso.test");
    const tenantId = owner.tenant.id;
    await prisma.oidcGrant.create({
      data: { id: "grant-1", tenantId, guestUserId: grace.id, clientId: "c", payload: {} },
    });
    await prisma.refreshToken.create({
      data: {
        id: "rt-1",
        tenantId,
        grantId: "grant-1",
        clientId: "c",
        guestUserId: grace.id,
        payload: {},
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    await prisma.oidcArtifact.createMany({
      data: [
        { tenantId, kind: "AccessToken", id: "at-1", grantId: "grant-1", payload: {} },
        { tenantId, kind: "Session", id: "s-1", payload: { accountId: grace.id } },
        { tenantId, kind: "Session", id: "s-2", payload: { accountId: "someone-else" } },
      ],
    });
    expect((await getGuestUser(prisma, owner, grace.id)).openSessions).toBe(1);

    await expect(
      setGuestUsersBlocked(prisma, reader, { ids: [grace.id] }, true),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      setGuestUsersBlocked(prisma, owner, { ids: [grace.id, otherGuestId] }, true),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await setGuestUsersBlocked(prisma, owner, { ids: [grace.id] }, true)).toEqual({
      changed: 1,
    });
    expect(await prisma.guestUser.findUniqueOrThrow({ where: { id: grace.id } })).toMatchObject({
      status: "BLOCKED",
    });
    expect(await prisma.refreshToken.count({ where: { tenantId } })).toBe(0);
    expect(await prisma.oidcGrant.count({ where: { tenantId } })).toBe(0);
    expect(
      (await prisma.oidcArtifact.findMany({ where: { tenantId }, orderBy: { id: "asc" } })).map(
        (a) => a.id,
      ),
    ).toEqual(["s-2"]);
    expect(emails(await searchGuestUsers(prisma, owner, { status: "BLOCKED" }))).toEqual([
      "blocked@contoso.test",
    ]);
    expect(await setGuestUsersBlocked(prisma, owner, { ids: [grace.id] }, false)).toEqual({
      changed: 1,
    });
    expect(await prisma.guestUser.findUniqueOrThrow({ where: { id: grace.id } })).toMatchObject({
      status: "ACTIVE",
    });
  });

  it("revokes sessions without touching the account", async () => {
    const user = await guest(owner, "sessions@contoso.test");
    await prisma.oidcArtifact.create({
      data: {
        tenantId: owner.tenant.id,
        kind: "Session",
        id: "s-3",
        payload: { accountId: user.id },
      },
    });
    expect(await revokeGuestUserSessions(prisma, userAdmin, user.id)).toEqual({ sessions: 1 });
    expect((await getGuestUser(prisma, owner, user.id)).status).toBe("ACTIVE");
    await expect(revokeGuestUserSessions(prisma, owner, otherGuestId)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("deletes users (one or a selection) with their identities and tokens", async () => {
    const a = await guest(owner, "delete-a@contoso.test");
    const b = await guest(owner, "delete-b@contoso.test");
    await prisma.refreshToken.create({
      data: {
        id: "rt-2",
        tenantId: owner.tenant.id,
        grantId: "g",
        clientId: "c",
        guestUserId: a.id,
        payload: {},
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    await expect(
      deleteGuestUsers(prisma, owner, { ids: [a.id, otherGuestId] }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    // What signing up left behind: a journey (with a connector call), a code, an email.
    const tenantId = owner.tenant.id;
    const journey = await prisma.journey.create({
      data: {
        tenantId,
        interactionId: "delete-a-journey",
        kind: "SIGN_UP",
        state: "COMPLETED",
        email: a.email,
        guestUserId: a.id,
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    const connector = await prisma.apiConnector.create({
      data: { tenantId, displayName: "Deleted-guest CRM", endpointUrl: "https://crm.example" },
    });
    await prisma.apiConnectorCall.create({
      data: {
        tenantId,
        apiConnectorId: connector.id,
        journeyId: journey.id,
        step: "POST_ATTRIBUTE_COLLECTION",
        latencyMs: 5,
        outcome: "CONTINUE",
        requestBodyMasked: { email: a.email },
      },
    });
    await prisma.emailMessage.create({
      data: { tenantId, to: b.email, subject: "Your code", status: "SENT" },
    });
    expect(await deleteGuestUsers(prisma, owner, { ids: [a.id, b.id] })).toEqual({ deleted: 2 });
    expect(await prisma.journey.count({ where: { id: journey.id } })).toBe(0);
    expect(await prisma.apiConnectorCall.count({ where: { apiConnectorId: connector.id } })).toBe(
      0,
    );
    expect(await prisma.emailMessage.count({ where: { tenantId, to: b.email } })).toBe(0);
    expect(await prisma.guestUser.count({ where: { id: { in: [a.id, b.id] } } })).toBe(0);
    expect(await prisma.guestIdentity.count({ where: { guestUserId: { in: [a.id, b.id] } } })).toBe(
      0,
    );
    expect(await prisma.refreshToken.count({ where: { id: "rt-2" } })).toBe(0);
    expect(await prisma.guestUser.count({ where: { id: otherGuestId } })).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { action: "guestUser.deleted", targetId: { in: [a.id, b.id] } },
      }),
    ).toBe(2);
  });
});

describe("export", () => {
  it("writes the filtered directory as CSV, neutralising spreadsheet formulas", async () => {
    await guest(owner, "formula@contoso.test", { displayName: '=HYPERLINK("http://x")' });
    const csv = await collect(exportGuestUsers(prisma, reader, { q: "formula" }, "csv"));
    const [header, row, end] = csv.split("\r\n");
    expect(header).toBe(
      "id,status,emailVerified,email,displayName,givenName,surname,jobTitle,streetAddress,city,state,postalCode,country,attributes.CompanySize,attributes.Newsletter,identityProviders,userFlow,application,termsAccepted,createdAt,lastSignInAt",
    );
    expect(row).toContain(`formula@contoso.test,"'=HYPERLINK(""http://x"")"`);
    expect(end).toBe("");
  });

  it("streams every matching user as a JSON array across many pages", async () => {
    await prisma.guestUser.createMany({
      data: Array.from({ length: 1203 }, (_, i) => ({
        tenantId: owner.tenant.id,
        email: `export${i}@many.test`,
        attributes: { CompanySize: i },
      })),
    });
    const chunks: string[] = [];
    for await (const chunk of exportGuestUsers(prisma, owner, { q: "export" }, "json"))
      chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(3);
    const records = JSON.parse(chunks.join("")) as {
      email: string;
      attributes: { CompanySize: number };
    }[];
    expect(records).toHaveLength(1203);
    expect(new Set(records.map((r) => r.email)).size).toBe(1203);
    expect(records[7]!.attributes.CompanySize).toBeTypeOf("number");
    const empty = await collect(exportGuestUsers(prisma, owner, { q: "nobody-at-all" }, "json"));
    expect(JSON.parse(empty)).toEqual([]);
    expect(await collect(exportGuestUsers(prisma, other, { q: "export" }, "json"))).toBe("[\n]\n");
  });
});
