// Responses are checked field by field against loosely typed JSON.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess, type TenantAccess } from "@guestlist/domain/access";
import { createApiKey } from "@guestlist/domain/api-keys";
import { getPrisma } from "@guestlist/domain/database";
import { createTenantAsOperator } from "@guestlist/domain/tenants";
import { ZTenantRole, type TTenantRole } from "@guestlist/domain/members/schemas";
import { openApiDocument } from "./openapi-document";
import { API_OPERATIONS } from "./operations";
import { handleApiRequest } from "./router";

process.env.GUESTLIST_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.ADMIN_AUTH_SECRET ??= randomBytes(32).toString("hex");

const prisma = getPrisma();
let owner: TenantAccess;
const keys = {} as Record<TTenantRole | "other", string>;

async function call(
  key: string | null,
  method: string,
  path: string,
  body?: unknown,
  requestsPerMinute = 10_000,
) {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await handleApiRequest(
    new Request(`http://admin.test/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    path.split("?")[0]!,
    { requestsPerMinute },
  );
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json };
}

beforeAll(async () => {
  const op = async (email: string) =>
    (await prisma.operator.create({ data: { email, displayName: email, passwordHash: "x" } })).id;
  const ownerId = await op("owner@api.test");
  const otherId = await op("other@api.test");
  await createTenantAsOperator(prisma, ownerId, { slug: "automation", name: "API tenant" });
  await createTenantAsOperator(prisma, otherId, { slug: "api-other", name: "Other" });
  owner = await tenantAccess(prisma, ownerId, "automation");
  for (const role of ZTenantRole.options)
    keys[role] = (await createApiKey(prisma, owner, { name: role, role, expiresInDays: null })).key;
  keys.other = (
    await createApiKey(prisma, await tenantAccess(prisma, otherId, "api-other"), {
      name: "other",
      role: "OWNER",
      expiresInDays: null,
    })
  ).key;
});
afterAll(() => prisma.$disconnect());

describe("admin API: authentication, routing and errors", () => {
  it("answers 401 without a valid key, 404 for unknown paths and ids, 405 for a wrong method", async () => {
    const missing = await call(null, "GET", "/tenant");
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect(missing.json.error.code).toBe("unauthenticated");
    expect((await call("gl_nope", "GET", "/tenant")).status).toBe(401);
    expect((await call(keys.OWNER, "GET", "/no-such-thing")).status).toBe(404);
    expect((await call(keys.OWNER, "GET", "/applications/not-a-uuid")).status).toBe(404);
    const wrongMethod = await call(keys.OWNER, "PATCH", "/applications");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST");
    const tenant = await call(keys.READER, "GET", "/tenant");
    expect(tenant).toMatchObject({ status: 200, json: { slug: "automation", role: "READER" } });
    expect(tenant.headers.get("ratelimit-limit")).toBe("10000");
  });

  it("answers 422 with the failing fields, and 422 for a body that is not JSON", async () => {
    const invalid = await call(keys.OWNER, "POST", "/user-attributes", {
      name: "2fast",
      dataType: "TEXT",
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "dataType",
      "name",
    ]);
    const response = await handleApiRequest(
      new Request("http://admin.test/api/v1/user-attributes", {
        method: "POST",
        headers: { authorization: `Bearer ${keys.OWNER}`, "content-type": "application/json" },
        body: "{not json",
      }),
      "/user-attributes",
      { requestsPerMinute: 100 },
    );
    expect(response.status).toBe(422);

    const nul = await call(keys.OWNER, "POST", "/user-attributes", {
      name: "Region",
      dataType: "STRING",
      description: "north\u0000south",
    });
    expect(nul.status).toBe(422);
    expect(nul.json.error.details).toEqual([
      { path: "description", message: "Remove the NUL character (\\u0000)." },
    ]);
  });

  it("rate limits per key with Retry-After", async () => {
    const { key } = await createApiKey(prisma, owner, {
      name: "busy",
      role: "READER",
      expiresInDays: null,
    });
    expect((await call(key, "GET", "/tenant", undefined, 2)).status).toBe(200);
    expect((await call(key, "GET", "/tenant", undefined, 2)).status).toBe(200);
    const limited = await call(key, "GET", "/tenant", undefined, 2);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.json.error.code).toBe("rate_limited");
  });
});

describe("admin API: configuration resources", () => {
  it("creates, reads, lists with pagination, updates and deletes every kind of object", async () => {
    const k = keys.OWNER;
    const attribute = await call(k, "POST", "/user-attributes", {
      name: "Tier",
      dataType: "STRING",
    });
    expect(attribute).toMatchObject({ status: 201, json: { name: "Tier", builtIn: false } });
    expect(
      (
        await call(k, "PUT", `/user-attributes/${attribute.json.id}`, {
          name: "Tier",
          description: "Level",
        })
      ).json,
    ).toMatchObject({ description: "Level" });

    const idp = await call(k, "POST", "/identity-providers", {
      type: "OIDC",
      displayName: "Partner IdP",
      enabled: true,
      issuer: "https://idp.partner.test",
      clientId: "guestlist",
      clientSecret: "s3cret-value",
      scopes: "openid email",
    });
    expect(idp).toMatchObject({ status: 201, json: { hasClientSecret: true, type: "OIDC" } });
    expect(JSON.stringify(idp.json)).not.toContain("s3cret-value");
    expect(
      JSON.stringify((await call(k, "GET", `/identity-providers/${idp.json.id}`)).json),
    ).not.toContain("Encrypted");

    const providers = await call(k, "GET", "/identity-providers?limit=1");
    expect(providers.json.items).toHaveLength(1);
    const second = await call(
      k,
      "GET",
      `/identity-providers?limit=1&cursor=${providers.json.nextCursor}`,
    );
    expect(second.json.items[0].id).not.toBe(providers.json.items[0].id);

    const flow = await call(k, "POST", "/user-flows", {
      name: "Partners",
      identityProviderIds: [idp.json.id],
      attributeIds: [attribute.json.id],
    });
    expect(flow).toMatchObject({
      status: 201,
      json: {
        name: "Partners",
        identityProviderIds: [idp.json.id],
        pageLayout: [{ attributeName: "Tier" }],
      },
    });
    const layout = await call(k, "PUT", `/user-flows/${flow.json.id}/page-layout`, {
      entries: [
        {
          userAttributeId: attribute.json.id,
          dataType: "STRING",
          label: "Partner tier",
          helpText: null,
          required: true,
          inputType: "RADIO",
          options: [
            { value: "gold", label: "Gold" },
            { value: "silver", label: "Silver" },
          ],
        },
      ],
    });
    expect(layout.json.pageLayout[0]).toMatchObject({
      label: "Partner tier",
      inputType: "RADIO",
      required: true,
    });

    const languages = await call(k, "PUT", `/user-flows/${flow.json.id}/languages`, {
      languages: ["en", "de", "ar"],
      defaultLocale: "de",
    });
    expect(languages.json).toMatchObject({ languages: ["en", "de", "ar"], defaultLocale: "de" });
    expect(
      (
        await call(k, "PUT", `/user-flows/${flow.json.id}/languages`, {
          languages: ["en"],
          defaultLocale: "de",
        })
      ).status,
    ).toBe(422);
    const texts = await call(k, "PUT", `/user-flows/${flow.json.id}/texts`, {
      de: {
        "emailStep.sendCode": "Code anfordern",
        "attribute.Tier.option.gold": "Gold-Partner",
      },
    });
    expect(texts).toMatchObject({
      status: 200,
      json: {
        de: {
          "emailStep.sendCode": "Code anfordern",
          "attribute.Tier.option.gold": "Gold-Partner",
        },
      },
    });
    const refused = await call(k, "PUT", `/user-flows/${flow.json.id}/texts`, {
      de: { "emailStep.sendCode": "Code an {someone}", "attribute.Tier.option.platinum": "Platin" },
    });
    expect(refused.status).toBe(422);
    expect((await call(k, "GET", `/user-flows/${flow.json.id}/texts`)).json).toEqual(texts.json);

    const connector = await call(k, "POST", "/api-connectors", {
      displayName: "Registry",
      endpointUrl: "https://registry.partner.test/check",
      authType: "BASIC",
      basicUsername: "guestlist",
      basicPassword: "pa55word",
    });
    expect(connector).toMatchObject({ status: 201, json: { hasBasicPassword: true } });
    expect(JSON.stringify(connector.json)).not.toContain("pa55word");
    const wired = await call(k, "PUT", `/user-flows/${flow.json.id}/api-connectors`, {
      POST_FEDERATION_SIGNUP: null,
      POST_ATTRIBUTE_COLLECTION: connector.json.id,
    });
    expect(wired.json.apiConnectors.POST_ATTRIBUTE_COLLECTION).toBe(connector.json.id);
    expect((await call(k, "DELETE", `/api-connectors/${connector.json.id}`)).status).toBe(409);

    const app = await call(k, "POST", "/applications", {
      name: "Portal",
      type: "CONFIDENTIAL",
      redirectUris: ["https://portal.test/callback"],
      postLogoutRedirectUris: [],
      userFlowId: null,
    });
    expect(app.status).toBe(201);
    expect(app.json.clientSecret).toEqual(expect.any(String));
    expect(app.json).not.toHaveProperty("clientSecretHash");
    const assigned = await call(k, "POST", `/user-flows/${flow.json.id}/applications`, {
      applicationId: app.json.id,
    });
    expect(assigned.json.applicationIds).toEqual([app.json.id]);
    const rotated = await call(k, "POST", `/applications/${app.json.id}/client-secret`);
    expect(rotated.json.clientSecret).not.toBe(app.json.clientSecret);
    const removed = await call(
      k,
      "DELETE",
      `/user-flows/${flow.json.id}/applications/${app.json.id}`,
    );
    expect(removed.json.applicationIds).toEqual([]);

    expect((await call(k, "DELETE", `/applications/${app.json.id}`)).status).toBe(204);
    expect((await call(k, "GET", `/applications/${app.json.id}`)).status).toBe(404);
    expect((await call(k, "DELETE", `/user-flows/${flow.json.id}`)).status).toBe(204);
    expect((await call(k, "DELETE", `/api-connectors/${connector.json.id}`)).status).toBe(204);
    expect((await call(k, "DELETE", `/identity-providers/${idp.json.id}`)).status).toBe(204);
    expect((await call(k, "DELETE", `/user-attributes/${attribute.json.id}`)).status).toBe(204);

    const audit = await prisma.auditEvent.findMany({
      where: { tenantId: owner.tenant.id, actorType: "API_KEY" },
    });
    expect(audit.length).toBeGreaterThan(10);
  });

  it("never reaches another tenant's objects", async () => {
    const theirs = await call(keys.other, "POST", "/user-attributes", {
      name: "Secret",
      dataType: "STRING",
    });
    expect(theirs.status).toBe(201);
    expect((await call(keys.OWNER, "GET", `/user-attributes/${theirs.json.id}`)).status).toBe(404);
    expect((await call(keys.OWNER, "DELETE", `/user-attributes/${theirs.json.id}`)).status).toBe(
      404,
    );
    const mine = await call(keys.OWNER, "GET", "/user-attributes?limit=200");
    expect(mine.json.items.map((a: { name: string }) => a.name)).not.toContain("Secret");
  });
});

describe("admin API: guest users", () => {
  it("searches, edits, blocks, exports and deletes users", async () => {
    const k = keys.USER_ADMIN;
    const tenantId = owner.tenant.id;
    const users = await Promise.all(
      ["ann@guest.test", "bob@guest.test", "cat@guest.test"].map((email) =>
        prisma.guestUser.create({ data: { tenantId, email, displayName: email.split("@")[0] } }),
      ),
    );
    const list = await call(k, "GET", "/guest-users?q=ann&limit=10");
    expect(list.json).toMatchObject({ items: [{ email: "ann@guest.test" }], nextCursor: null });
    expect(list.json.items[0]).not.toHaveProperty("passwordHash");

    const edited = await call(k, "PATCH", `/guest-users/${users[0]!.id}`, {
      attributes: { city: "Oslo" },
    });
    expect(edited.json.attributeValues.find((a: { name: string }) => a.name === "city").value).toBe(
      "Oslo",
    );
    const wrong = await call(k, "PATCH", `/guest-users/${users[0]!.id}`, {
      attributes: { email: "x@y.test" },
    });
    expect(wrong.status).toBe(422);

    expect((await call(k, "POST", `/guest-users/${users[1]!.id}/block`)).json.status).toBe(
      "BLOCKED",
    );
    expect(
      (await call(k, "GET", "/guest-users?status=BLOCKED")).json.items.map(
        (u: { email: string }) => u.email,
      ),
    ).toEqual(["bob@guest.test"]);
    expect((await call(k, "POST", `/guest-users/${users[1]!.id}/unblock`)).json.status).toBe(
      "ACTIVE",
    );
    expect((await call(k, "POST", `/guest-users/${users[1]!.id}/revoke-sessions`)).json).toEqual({
      sessions: 0,
    });

    const csv = await call(k, "GET", "/guest-users/export?format=csv&q=guest");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("guest-users-automation.csv");
    const json = await call(k, "GET", "/guest-users/export?format=json");
    expect(json.json.map((u: { email: string }) => u.email).sort()).toEqual([
      "ann@guest.test",
      "bob@guest.test",
      "cat@guest.test",
    ]);

    expect(
      (await call(k, "POST", "/guest-users/bulk-block", { ids: [users[0]!.id, users[2]!.id] }))
        .json,
    ).toEqual({
      changed: 2,
    });
    expect(
      (await call(k, "POST", "/guest-users/bulk-delete", { ids: [users[2]!.id] })).json,
    ).toEqual({ deleted: 1 });
    expect((await call(k, "DELETE", `/guest-users/${users[0]!.id}`)).status).toBe(204);
    expect((await call(keys.other, "GET", `/guest-users/${users[1]!.id}`)).status).toBe(404);
  });
});

describe("admin API: every operation, every role", () => {
  const placeholder = "00000000-0000-4000-8000-000000000000";
  const concretePath = (path: string) => path.replace(/\{\w+\}/g, placeholder);
  const roles = ZTenantRole.options;
  const allowed: Record<string, (typeof roles)[number][]> = {
    "identityProviders.manage": ["OWNER", "IDENTITY_PROVIDER_ADMIN"],
    "attributes.manage": ["OWNER", "ATTRIBUTE_ADMIN"],
    "userFlows.manage": ["OWNER", "USER_FLOW_ADMIN"],
    "applications.manage": ["OWNER", "USER_FLOW_ADMIN"],
    "apiConnectors.manage": ["OWNER", "USER_FLOW_ADMIN"],
    "guestUsers.manage": ["OWNER", "USER_ADMIN"],
    "settings.manage": ["OWNER"],
    "webhooks.manage": ["OWNER", "USER_FLOW_ADMIN"],
  };

  it("lets each role do exactly what its permissions allow", async () => {
    for (const operation of API_OPERATIONS) {
      for (const role of roles) {
        const result = await call(
          keys[role],
          operation.method,
          concretePath(operation.path),
          operation.body ? {} : undefined,
        );
        const permitted = !operation.permission || allowed[operation.permission]!.includes(role);
        const label = `${role} ${operation.method} ${operation.path} -> ${result.status}`;
        if (permitted) expect(result.status, label).not.toBe(403);
        else expect(result.status, label).toBe(403);
      }
    }
  });

  it("documents exactly the routes the router serves", async () => {
    const document = openApiDocument("https://admin.example.test");
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(API_OPERATIONS.map((o) => `${o.method} ${o.path}`).sort());
    for (const entry of documented) {
      const [method, path] = entry.split(" ") as [string, string];
      const response = await call(null, method, concretePath(path));
      expect(response.status, entry).toBe(401);
    }
    for (const [method, path] of [
      ["GET", "/users"],
      ["PUT", "/guest-users"],
      ["GET", "/user-flows/x"],
    ] as const)
      expect((await call(null, method, path)).status, `${method} ${path}`).not.toBe(401);
    expect(document.servers[0]!.url).toBe("https://admin.example.test/api/v1");
    const createFlow = document.paths["/user-flows"]!.post as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
    };
    expect(createFlow.requestBody.content["application/json"]!.schema.required).toContain(
      "identityProviderIds",
    );
    expect(JSON.stringify(document)).not.toContain('"$ref":"#/$defs');
  });
});

describe("admin API: invitations", () => {
  it("invites one person and a batch, lists, resends and revokes, as a script would", async () => {
    const k = keys.USER_ADMIN;
    const app = await prisma.application.create({
      data: { tenantId: owner.tenant.id, name: "Partner portal", clientId: "api-invite-app" },
    });
    const created = await call(k, "POST", "/invitations", {
      email: "Nia@Partner.test",
      applicationId: app.id,
      attributes: { city: "Oslo" },
      expiresInDays: 3,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      email: "nia@partner.test",
      status: "PENDING",
      application: { id: app.id, name: "Partner portal" },
      attributes: { city: "Oslo" },
      invitedByType: "API_KEY",
      invitedByName: "API key USER_ADMIN",
    });
    expect(created.json).not.toHaveProperty("tokenHash");
    expect(created.json).not.toHaveProperty("pendingKey");
    const again = await call(k, "POST", "/invitations", {
      email: "nia@partner.test",
      applicationId: app.id,
    });
    expect(again.status).toBe(409);
    expect(
      (
        await call(keys.READER, "POST", "/invitations", {
          email: "r@p.test",
          applicationId: app.id,
        })
      ).status,
    ).toBe(403);

    const bulk = await call(k, "POST", "/invitations/bulk", {
      invitations: [
        { email: "one@partner.test", applicationId: app.id },
        { email: "broken", applicationId: app.id },
        { email: "two@partner.test", applicationId: app.id, attributes: { Nope: 1 } },
      ],
    });
    expect(bulk.status).toBe(200);
    expect(bulk.json.invited.map((row: { email: string }) => row.email)).toEqual([
      "one@partner.test",
    ]);
    expect(bulk.json.rejected.map((row: { row: number }) => row.row)).toEqual([2, 3]);

    const listed = await call(k, "GET", "/invitations?status=PENDING&q=partner.test");
    expect(listed.json.items.map((row: { email: string }) => row.email).sort()).toEqual([
      "nia@partner.test",
      "one@partner.test",
    ]);
    const resent = await call(k, "POST", `/invitations/${created.json.id}/resend`);
    expect(resent.json.sentCount).toBe(2);
    const revoked = await call(k, "POST", `/invitations/${created.json.id}/revoke`);
    expect(revoked.json).toMatchObject({ status: "REVOKED" });
    expect((await call(k, "POST", `/invitations/${created.json.id}/revoke`)).status).toBe(409);
    expect((await call(keys.other, "GET", `/invitations/${created.json.id}`)).status).toBe(404);
    expect((await call(k, "GET", `/invitations/${created.json.id}`)).json.status).toBe("REVOKED");
  });
});

describe("admin API: approval and terms", () => {
  it("publishes terms, requires them on a flow, and approves or declines waiting users", async () => {
    const flowAdmin = keys.USER_FLOW_ADMIN;
    const created = await call(flowAdmin, "POST", "/terms-documents", {
      name: "Partner terms",
      firstVersion: { title: "Partner terms of use", url: "https://partner.example/terms" },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: "Partner terms",
      versions: [{ version: 1, url: "https://partner.example/terms", markdown: null }],
    });
    const both = await call(flowAdmin, "POST", `/terms-documents/${created.json.id}/versions`, {
      title: "v2",
      url: "https://partner.example/terms2",
      markdown: "also text",
    });
    expect(both.status).toBe(422);
    const second = await call(flowAdmin, "POST", `/terms-documents/${created.json.id}/versions`, {
      title: "Partner terms of use",
      markdown: "# Version 2",
    });
    expect(second.json.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(
      (await call(keys.USER_ADMIN, "POST", "/terms-documents", { name: "x", firstVersion: {} }))
        .status,
    ).toBe(403);
    expect((await call(keys.other, "GET", `/terms-documents/${created.json.id}`)).status).toBe(404);

    const tenantId = owner.tenant.id;
    const [waiting, other] = await Promise.all(
      ["wait@guest.test", "wait2@guest.test"].map((email) =>
        prisma.guestUser.create({ data: { tenantId, email, status: "PENDING_APPROVAL" } }),
      ),
    );
    const listed = await call(keys.USER_ADMIN, "GET", "/guest-users?status=PENDING_APPROVAL");
    expect(listed.json.items.map((u: { email: string }) => u.email).sort()).toEqual([
      "wait2@guest.test",
      "wait@guest.test",
    ]);
    const declined = await call(keys.USER_ADMIN, "POST", `/guest-users/${waiting!.id}/decline`, {
      reason: "Not a partner.",
    });
    expect(declined.json).toMatchObject({ status: "DECLINED", approvalReason: "Not a partner." });
    const approved = await call(keys.USER_ADMIN, "POST", "/guest-users/bulk-approve", {
      ids: [waiting!.id, other!.id],
    });
    expect(approved.json).toEqual({ changed: 2 });
    expect((await call(keys.READER, "POST", `/guest-users/${other!.id}/approve`)).status).toBe(403);
    const data = await call(keys.USER_ADMIN, "GET", `/guest-users/${other!.id}/data`);
    expect(data.json).toMatchObject({ profile: { email: "wait2@guest.test", status: "ACTIVE" } });
    expect((await call(keys.READER, "GET", `/guest-users/${other!.id}/data`)).status).toBe(403);
  });
});

describe("admin API: webhooks", () => {
  it("registers an endpoint, shows its secret once, rotates it, queues a test event and shows the log", async () => {
    const url = "https://crm.example.test/guestlist";
    const created = await call(keys.OWNER, "POST", "/webhooks", {
      url,
      description: "CRM",
      eventTypes: ["guest.created", "guest.deleted", "guest.created"],
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      url,
      eventTypes: ["guest.created", "guest.deleted"],
      enabled: true,
    });
    expect(created.json.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const id = created.json.id as string;
    const read = await call(keys.READER, "GET", `/webhooks/${id}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.json)).not.toContain("whsec_");
    expect(Object.keys(read.json)).not.toContain("secret");
    expect(Object.keys(read.json)).not.toContain("secretEncrypted");

    const rotated = await call(keys.USER_FLOW_ADMIN, "POST", `/webhooks/${id}/rotate-secret`);
    expect(rotated.json.secret).toMatch(/^whsec_/);
    expect(rotated.json.secret).not.toBe(created.json.secret);
    expect((await call(keys.OWNER, "GET", `/webhooks/${id}`)).json.previousSecretExpiresAt).toBe(
      rotated.json.previousSecretExpiresAt,
    );

    const test = await call(keys.OWNER, "POST", `/webhooks/${id}/test`);
    expect(test.status).toBe(201);
    const log = await call(keys.READER, "GET", `/webhooks/${id}/deliveries`);
    expect(log.json.items).toEqual([
      expect.objectContaining({
        messageId: test.json.messageId,
        eventType: "webhook.test",
        status: "PENDING",
        attempts: 0,
      }),
    ]);
    const redeliver = await call(
      keys.OWNER,
      "POST",
      `/webhooks/${id}/deliveries/${log.json.items[0].id}/redeliver`,
    );
    expect(redeliver.status).toBe(409);

    const off = await call(keys.OWNER, "PUT", `/webhooks/${id}`, {
      url,
      eventTypes: ["guest.deleted"],
      enabled: false,
    });
    expect(off.json).toMatchObject({ enabled: false, disabledReason: "Turned off by an admin." });
    expect((await call(keys.OWNER, "POST", `/webhooks/${id}/test`)).status).toBe(409);

    const refused = await call(keys.OWNER, "POST", "/webhooks", {
      url: "http://crm.example.test/plain",
      eventTypes: ["guest.nonsense"],
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.json)).toMatch(/url/);
    expect(JSON.stringify(refused.json)).toMatch(/eventTypes/);
    expect(
      (await call(keys.READER, "POST", "/webhooks", { url, eventTypes: ["guest.created"] })).status,
    ).toBe(403);
    expect((await call(keys.other, "GET", `/webhooks/${id}`)).status).toBe(404);
    expect((await call(keys.other, "GET", `/webhooks/${id}/deliveries`)).status).toBe(404);
    expect((await call(keys.OWNER, "DELETE", `/webhooks/${id}`)).status).toBe(204);
    expect((await call(keys.OWNER, "GET", `/webhooks/${id}`)).status).toBe(404);
  });
});

describe("admin API: retention", () => {
  it("sets the tenant's retention, owners only, checked", async () => {
    const set = await call(keys.OWNER, "PUT", "/tenant/retention", {
      signInHistoryRetentionDays: 180,
      connectorCallRetentionDays: null,
    });
    expect(set.json).toMatchObject({
      signInHistoryRetentionDays: 180,
      connectorCallRetentionDays: null,
    });
    expect(
      (
        await call(keys.OWNER, "PUT", "/tenant/retention", {
          signInHistoryRetentionDays: 0,
          connectorCallRetentionDays: null,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call(keys.USER_ADMIN, "PUT", "/tenant/retention", {
          signInHistoryRetentionDays: 1,
          connectorCallRetentionDays: 1,
        })
      ).status,
    ).toBe(403);
  });
});

describe("admin API: branding", () => {
  it("sets the name and colour, refuses an unreadable colour with the field named, owners only", async () => {
    const set = await call(keys.OWNER, "PUT", "/tenant/branding", {
      displayName: "Woodgrove Suppliers",
      primaryColor: "#0F766E",
    });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({
      brandingDisplayName: "Woodgrove Suppliers",
      brandingPrimaryColor: "#0f766e",
    });
    const pale = await call(keys.OWNER, "PUT", "/tenant/branding", { primaryColor: "#fde68a" });
    expect(pale.status).toBe(422);
    expect(JSON.stringify(pale.json)).toContain("primaryColor");
    expect(
      (await call(keys.USER_ADMIN, "PUT", "/tenant/branding", { primaryColor: "" })).status,
    ).toBe(403);
    const reset = await call(keys.OWNER, "PUT", "/tenant/branding", {});
    expect(reset.json).toMatchObject({ brandingDisplayName: null, brandingPrimaryColor: null });
  });

  it("uploads and removes a logo, refusing what is not an image of its kind", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const uploaded = await call(keys.OWNER, "PUT", "/tenant/branding/logo", {
      image: png.toString("base64"),
    });
    expect(uploaded.status).toBe(200);
    expect(uploaded.json.brandingLogoSha).toMatch(/^[0-9a-f]{64}$/);
    const text = await call(keys.OWNER, "PUT", "/tenant/branding/logo", {
      image: Buffer.from("<script>alert(1)</script>").toString("base64"),
    });
    expect(text.status).toBe(422);
    expect(
      (
        await call(keys.USER_ADMIN, "PUT", "/tenant/branding/favicon", {
          image: png.toString("base64"),
        })
      ).status,
    ).toBe(403);
    const css = await call(keys.OWNER, "PUT", "/tenant/branding", {
      customCss: "main { background-image: url(https://tracker.test/p.gif) }",
    });
    expect(css.status).toBe(422);
    expect(JSON.stringify(css.json)).toContain("customCss");
    const removed = await call(keys.OWNER, "DELETE", "/tenant/branding/logo");
    expect(removed.json.brandingLogoSha).toBeNull();
  });

  it("sets an application's own branding over the tenant's, applications managers only", async () => {
    const app = await prisma.application.create({
      data: { tenantId: owner.tenant.id, name: "Branded app", clientId: `branded-${Date.now()}` },
    });
    const set = await call(keys.OWNER, "PUT", `/applications/${app.id}/branding`, {
      displayName: "Branded",
      primaryColor: "#0F766E",
    });
    expect(set).toMatchObject({
      status: 200,
      json: { displayName: "Branded", primaryColor: "#0f766e", logoSha: null },
    });
    expect(
      (
        await call(keys.OWNER, "PUT", `/applications/${app.id}/branding`, {
          backgroundColor: "#111827",
        })
      ).status,
    ).toBe(422);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9]);
    const logo = await call(keys.OWNER, "PUT", `/applications/${app.id}/branding/logo`, {
      image: png.toString("base64"),
    });
    expect(logo.json.logoSha).toMatch(/^[0-9a-f]{64}$/);
    expect(
      (await call(keys.OWNER, "PUT", `/applications/${crypto.randomUUID()}/branding`, {})).status,
    ).toBe(404);
    expect(
      (await call(keys.OWNER, "DELETE", `/applications/${app.id}/branding/logo`)).json.logoSha,
    ).toBeNull();
  });
});

describe("admin API: account page", () => {
  it("chooses the account page's flow, a tenant's own only, owners only", async () => {
    const tenantId = owner.tenant.id;
    const flowId = (await prisma.userFlow.create({ data: { tenantId, name: "Account page flow" } }))
      .id;
    const set = await call(keys.OWNER, "PUT", "/tenant/account-page", { userFlowId: flowId });
    expect(set.json).toMatchObject({ accountUserFlowId: flowId });
    const unknown = await call(keys.OWNER, "PUT", "/tenant/account-page", {
      userFlowId: "0190f5c2-0000-7000-8000-000000000000",
    });
    expect(unknown.status).toBe(422);
    expect(
      (await call(keys.USER_ADMIN, "PUT", "/tenant/account-page", { userFlowId: null })).status,
    ).toBe(403);
    const reset = await call(keys.OWNER, "PUT", "/tenant/account-page", { userFlowId: null });
    expect(reset.json).toMatchObject({ accountUserFlowId: null });
  });
});

describe("admin API: SAML identity providers", () => {
  it("adds one from pasted metadata and lists it with the SAML fields", async () => {
    const metadataXml = `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.api-partner.test"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC8DCCAdigAwIBAgIQcccc</ds:X509Certificate></ds:X509Data></ds:KeyInfo></KeyDescriptor><SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.api-partner.test/sso"/></IDPSSODescriptor></EntityDescriptor>`;
    const created = await call(keys.OWNER, "POST", "/identity-providers/saml", {
      displayName: "API partner",
      metadataXml,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      type: "SAML",
      issuer: "https://idp.api-partner.test",
      samlSsoBinding: "HTTP-POST",
      samlCertificates: ["MIIC8DCCAdigAwIBAgIQcccc"],
    });
    const listed = await call(keys.OWNER, "GET", "/identity-providers");
    expect(listed.status).toBe(200);
    expect(
      (await call(keys.OWNER, "POST", "/identity-providers/saml", { displayName: "x" })).status,
    ).toBe(422);
    expect(
      (
        await call(keys.READER, "POST", "/identity-providers/saml", {
          displayName: "y",
          metadataXml,
        })
      ).status,
    ).toBe(403);

    const id = (created.json as { id: string }).id;
    const changed = await call(keys.OWNER, "PUT", `/identity-providers/${id}/saml`, {
      displayName: "API partner",
      enabled: true,
      trustsEmailVerified: true,
      clockSkewSeconds: 60,
      emailDomains: ["API-Partner.test"],
      claimMapping: { companyName: "urn:partner:company" },
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      emailDomains: ["api-partner.test"],
      samlClockSkewSeconds: 60,
      trustsEmailVerified: true,
      claimMapping: { companyName: "urn:partner:company" },
      samlCertificateExpiries: [null],
    });
    const other = metadataXml.replaceAll("idp.api-partner.test", "idp.someone-else.test");
    expect(
      (
        await call(keys.OWNER, "PUT", `/identity-providers/${id}/saml`, {
          displayName: "API partner",
          enabled: true,
          trustsEmailVerified: true,
          metadataXml: other,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call(keys.other, "PUT", `/identity-providers/${id}/saml`, {
          displayName: "Taken over",
          enabled: false,
          trustsEmailVerified: false,
        })
      ).status,
    ).toBe(404);
    // Pasted metadata has no URL to read again.
    expect(
      (await call(keys.OWNER, "POST", `/identity-providers/${id}/saml/refresh-metadata`)).status,
    ).toBe(422);
  });
});
