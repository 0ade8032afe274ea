import http from "node:http";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { getPrisma } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { deleteGuestUsers } from "../guests/delete-guest-users";
import { setGuestUsersBlocked } from "../guests/set-guest-users-blocked";
import { submitAttributes } from "../journeys/attributes-step";
import { createTenant } from "../tenants/create-tenant";
import { freePort } from "../../testing/free-port";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deliverWebhookChain, type WebhookDeliverySettings } from "./deliver-webhook-chain";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { redeliverWebhook } from "./redeliver-webhook";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { sendTestWebhook } from "./send-test-webhook";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
let owner: TenantAccess;

interface Received {
  id: string;
  type: string;
  subject: string;
  signature: string;
  body: string;
}

/** A receiver that verifies each request with the secret it is given, and answers as told. */
function receiver() {
  const received: Received[] = [];
  let secrets: string[] = [];
  let answers: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = request.headers as Record<string, string>;
      const verified = secrets.every((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      const status = verified ? (answers.shift() ?? 200) : 401;
      const parsed = JSON.parse(body) as { type: string; data: { guest?: { id: string } } };
      received.push({
        id: headers["webhook-id"]!,
        type: parsed.type,
        subject: parsed.data.guest?.id ?? "",
        signature: headers["webhook-signature"]!,
        body: `${status}`,
      });
      response.writeHead(status, { "content-type": "text/plain" }).end(`answered ${status}`);
    });
  });
  return {
    received,
    server,
    verifyWith: (next: string[]) => (secrets = next),
    answer: (next: number[]) => (answers = next),
  };
}

const hook = receiver();
let url: string;
const delivery = (retryDelaysSeconds = [0, 0, 0, 0]): WebhookDeliverySettings => ({
  encryptionKey: settings.email.encryptionKey,
  allowPrivateNetworks: true,
  retryDelaysSeconds,
  email: settings.email,
});

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
  const port = await freePort();
  await new Promise<void>((resolve) => hook.server.listen(port, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${port}/hooks`;
});
beforeEach(async () => {
  hook.received.length = 0;
  hook.answer([]);
  await prisma.webhookEndpoint.deleteMany({ where: { tenantId: owner.tenant.id } });
});
afterAll(async () => {
  hook.server.close();
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

async function endpoint(eventTypes: string[], access = owner) {
  const created = await createWebhookEndpoint(prisma, access, settings.email.encryptionKey, {
    url,
    eventTypes: eventTypes as never,
  });
  hook.verifyWith([created.secret]);
  return created;
}

const guest = (email = freshEmail()) =>
  prisma.guestUser.create({ data: { tenantId: owner.tenant.id, email, displayName: "Wen Hook" } });

const messagesAbout = (subject: string) =>
  prisma.webhookMessage.findMany({ where: { subject }, orderBy: { sequence: "asc" } });

async function drain(endpointId: string, subject: string, rounds = 1, retryDelays?: number[]) {
  for (let round = 0; round < rounds; round++)
    await deliverWebhookChain(sqlPool(), delivery(retryDelays), endpointId, subject);
}

describe("the outbox", () => {
  it("writes an event with the change that caused it, with the guest as it is after the change", async () => {
    const { endpoint: created } = await endpoint(["guest.blocked", "guest.unblocked"]);
    const person = await guest();
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, true);

    const [message] = await messagesAbout(person.id);
    expect(message).toMatchObject({ eventType: "guest.blocked", tenantId: owner.tenant.id });
    expect(message!.payload).toMatchObject({
      type: "guest.blocked",
      data: { guest: { id: person.id, email: person.email, status: "BLOCKED" } },
    });
    const deliveries = await prisma.webhookDelivery.findMany({ where: { messageId: message!.id } });
    expect(deliveries).toEqual([
      expect.objectContaining({ endpointId: created.id, status: "PENDING", attempts: 0 }),
    ]);
    const { rows: jobs } = await sqlPool().query(
      `SELECT key FROM graphile_worker.jobs WHERE key = $1`,
      [`webhook:${created.id}:${person.id}`],
    );
    expect(jobs).toHaveLength(1);
  });

  it("writes nothing for a change that rolled back, an event nobody subscribed to, or a turned-off endpoint", async () => {
    const { endpoint: created } = await endpoint(["guest.blocked"]);
    const person = await guest();
    await expect(
      prisma.$transaction(async (tx) => {
        await recordChange(tx, owner, {
          action: "guestUser.blocked",
          targetType: "GuestUser",
          targetId: person.id,
        });
        throw new Error("the change failed after its audit record");
      }),
    ).rejects.toThrow("the change failed");
    expect(await messagesAbout(person.id)).toEqual([]);

    await recordChange(prisma, owner, {
      action: "guestUser.secondFactorsReset",
      targetType: "GuestUser",
      targetId: person.id,
    });
    expect(await messagesAbout(person.id)).toEqual([]);

    await prisma.webhookEndpoint.updateMany({
      where: { tenantId: owner.tenant.id },
      data: { enabled: false },
    });
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, true);
    expect(await messagesAbout(person.id)).toEqual([]);
    expect(await prisma.webhookDelivery.count({ where: { endpointId: created.id } })).toBe(0);
  });

  it("never writes another tenant's events to an endpoint", async () => {
    const other = await createTenant(prisma, { slug: "hooks-elsewhere", name: "Elsewhere" });
    await prisma.webhookEndpoint.create({
      data: {
        tenantId: other.id,
        url,
        eventTypes: ["guest.blocked"],
        secretEncrypted: "x",
      },
    });
    const person = await guest();
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, true);
    expect(await messagesAbout(person.id)).toEqual([]);
  });

  it("tells of a sign-up that waits for approval", async () => {
    await endpoint(["guest.created", "approval.requested"]);
    const flow = await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } });
    await prisma.userFlow.update({ where: { id: flow.id }, data: { requiresApproval: true } });
    try {
      const email = freshEmail();
      const uid = await start("create");
      await proveEmail(uid, email);
      await submitAttributes(prisma, settings, {
        tenantSlug,
        uid,
        values: { displayName: "Ada Waiting", BusinessName: "Ada", BusinessRegistrationCode: "3" },
      });
      const created = await prisma.guestUser.findFirstOrThrow({ where: { email } });
      expect((await messagesAbout(created.id)).map((m) => m.eventType)).toEqual([
        "guest.created",
        "approval.requested",
      ]);
    } finally {
      await prisma.userFlow.update({ where: { id: flow.id }, data: { requiresApproval: false } });
    }
  });
});

describe("delivery", () => {
  it("signs every event, retries a failing receiver, and delivers one guest's events once each, in order", async () => {
    const { endpoint: created } = await endpoint([
      "guest.blocked",
      "guest.unblocked",
      "guest.updated",
    ]);
    const person = await guest();
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, true);
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, false);
    await recordChange(prisma, owner, {
      action: "guestUser.updated",
      targetType: "GuestUser",
      targetId: person.id,
    });
    hook.answer([500, 503, 500]);

    await drain(created.id, person.id, 3);
    expect(hook.received.map((r) => r.body)).toEqual(["500", "503", "500"]);
    await drain(created.id, person.id);

    const delivered = hook.received.filter((r) => r.body === "200");
    expect(delivered.map((r) => r.type)).toEqual([
      "guest.blocked",
      "guest.unblocked",
      "guest.updated",
    ]);
    expect(new Set(delivered.map((r) => r.id)).size).toBe(3);
    // The retries of the first event carried the same webhook-id.
    expect(new Set(hook.received.slice(0, 4).map((r) => r.id)).size).toBe(1);

    const log = await listWebhookDeliveries(prisma, owner, created.id);
    expect(log.map((d) => [d.eventType, d.status, d.attempts])).toEqual([
      ["guest.updated", "SUCCEEDED", 1],
      ["guest.unblocked", "SUCCEEDED", 1],
      ["guest.blocked", "SUCCEEDED", 4],
    ]);
    expect(log[2]).toMatchObject({ lastHttpStatus: 200, lastResponse: "answered 200" });
    expect(log[2]!.lastLatencyMs).toBeGreaterThanOrEqual(0);
    await drain(created.id, person.id);
    expect(hook.received.filter((r) => r.body === "200")).toHaveLength(3);
  });

  it("waits for the retry's time before sending again, and refuses private addresses unless allowed", async () => {
    const { endpoint: created } = await endpoint(["guest.blocked"]);
    const person = await guest();
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, true);
    hook.answer([500]);
    await drain(created.id, person.id, 1, [3600]);
    await drain(created.id, person.id, 1, [3600]);
    expect(hook.received).toHaveLength(1);
    const [waiting] = await listWebhookDeliveries(prisma, owner, created.id);
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, lastHttpStatus: 500 });

    await prisma.webhookDelivery.updateMany({
      where: { endpointId: created.id },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    await deliverWebhookChain(
      sqlPool(),
      { ...delivery(), allowPrivateNetworks: false },
      created.id,
      person.id,
    );
    expect(hook.received).toHaveLength(1);
    const [refused] = await listWebhookDeliveries(prisma, owner, created.id);
    expect(refused).toMatchObject({ attempts: 2, lastHttpStatus: null });
    expect(refused!.lastResponse).toMatch(/loopback|private/);
  });

  it("gives an event up after its retries, turns off an endpoint that delivered nothing since, and tells the owners", async () => {
    const { endpoint: created } = await endpoint(["guest.blocked", "guest.unblocked"]);
    const person = await guest();
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, true);
    hook.answer([500, 500]);
    await drain(created.id, person.id, 2, [0]);

    const [failed] = await listWebhookDeliveries(prisma, owner, created.id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 2 });
    const turnedOff = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(turnedOff).toMatchObject({ enabled: false });
    expect(turnedOff.disabledReason).toMatch(/failed for a day/);
    expect(
      await prisma.emailMessage.count({
        where: { to: "admin@woodgrove.test", subject: { contains: "webhook endpoint" } },
      }),
    ).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { action: "webhookEndpoint.disabled", targetId: created.id },
      }),
    ).toBe(1);

    // Off: no new events, no redelivery.
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, false);
    expect(await messagesAbout(person.id)).toHaveLength(1);
    await expect(redeliverWebhook(owner, created.id, failed!.id)).rejects.toMatchObject({
      code: "conflict",
    });

    await updateWebhookEndpoint(prisma, owner, created.id, {
      url,
      eventTypes: ["guest.blocked", "guest.unblocked"],
      enabled: true,
    });
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, () => redeliverWebhook(owner, created.id, failed!.id)),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    await drain(created.id, person.id);
    const [redelivered] = await listWebhookDeliveries(prisma, owner, created.id);
    expect(redelivered).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
    expect(hook.received.at(-1)).toMatchObject({ id: failed!.messageId, body: "200" });
  });

  it("signs with both secrets while a rotation overlaps, and sends a test event on demand", async () => {
    const { endpoint: created, secret: first } = await endpoint(["guest.blocked"]);
    const rotated = await rotateWebhookSecret(
      prisma,
      owner,
      settings.email.encryptionKey,
      created.id,
    );
    expect(rotated.secret).not.toBe(first);
    hook.verifyWith([first]);
    const { messageId } = await sendTestWebhook(owner, created.id);
    await drain(created.id, created.id);
    hook.verifyWith([rotated.secret]);
    await sendTestWebhook(owner, created.id);
    await drain(created.id, created.id);
    expect(hook.received.map((r) => [r.type, r.body])).toEqual([
      ["webhook.test", "200"],
      ["webhook.test", "200"],
    ]);
    expect(hook.received[0]!.id).toBe(messageId);
    expect(hook.received[0]!.signature.split(" ")).toHaveLength(2);

    // Once the overlap is over, only the new secret signs.
    await prisma.webhookEndpoint.update({
      where: { id: created.id },
      data: { previousSecretExpiresAt: new Date(Date.now() - 1000) },
    });
    await sendTestWebhook(owner, created.id);
    await drain(created.id, created.id);
    expect(hook.received.at(-1)!.signature.split(" ")).toHaveLength(1);
  });

  it("keeps endpoints to their tenant and their managers", async () => {
    const { endpoint: created } = await endpoint(["guest.blocked"]);
    const reader = { ...owner, role: "READER" as const };
    await expect(sendTestWebhook(reader, created.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createWebhookEndpoint(prisma, reader, settings.email.encryptionKey, {
        url,
        eventTypes: ["guest.blocked"],
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const other = await createTenant(prisma, { slug: "hooks-other", name: "Other" });
    const stranger = { ...owner, tenant: other };
    await expect(sendTestWebhook(stranger, created.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listWebhookDeliveries(prisma, stranger, created.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      createWebhookEndpoint(prisma, owner, settings.email.encryptionKey, {
        url: "http://hooks.example/x",
        eventTypes: ["guest.blocked"],
      }),
    ).rejects.toThrow(/https/);
    await expect(
      createWebhookEndpoint(prisma, owner, settings.email.encryptionKey, {
        url,
        eventTypes: ["user.exploded" as never],
      }),
    ).rejects.toThrow(/not an event/);
  });

  it("erases a deleted guest's waiting events and tells only the deletion, without personal data", async () => {
    const { endpoint: created } = await endpoint(["guest.blocked", "guest.deleted"]);
    const person = await guest();
    await setGuestUsersBlocked(prisma, owner, { ids: [person.id] }, true);
    await deleteGuestUsers(prisma, owner, { ids: [person.id] });
    const left = await messagesAbout(person.id);
    expect(left.map((m) => m.eventType)).toEqual(["guest.deleted"]);
    expect(left[0]!.payload).toMatchObject({ data: { guest: { id: person.id } } });
    expect(JSON.stringify(left[0]!.payload)).not.toContain(person.email);
    await drain(created.id, person.id);
    expect(hook.received.map((r) => r.type)).toEqual(["guest.deleted"]);
  });
});
