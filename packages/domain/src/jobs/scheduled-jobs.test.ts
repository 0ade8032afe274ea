import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sweepConnectorCalls } from "../connectors/sweep-connector-calls";
import { sweepSignInHistory } from "../audit/sweep-sign-in-history";
import { updateRetentionSettings } from "../tenants/update-retention-settings";
import { getPrisma } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { sweepEmailOutbox } from "../email/sweep-email-outbox";
import { maintainAllSigningKeys } from "../oidc/maintain-all-signing-keys";
import { createTenant } from "../tenants/create-tenant";
import { startBackgroundWorker } from "./start-background-worker";

const prisma = getPrisma();
const encryptionKey = randomBytes(32).toString("base64");
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

afterAll(() => prisma.$disconnect());

describe("the outbox sweep", () => {
  it("deletes settled messages past the retention period and keeps the rest", async () => {
    const message = (to: string, status: "SENT" | "FAILED" | "CAPTURED" | "PENDING", age: number) =>
      prisma.emailMessage.create({
        data: { to, subject: "s", status, createdAt: daysAgo(age) },
      });
    await message("old-sent@t.test", "SENT", 31);
    await message("old-failed@t.test", "FAILED", 40);
    await message("old-captured@t.test", "CAPTURED", 31);
    await message("old-pending@t.test", "PENDING", 31);
    await message("recent-sent@t.test", "SENT", 29);

    expect(await sweepEmailOutbox(sqlPool(), 30)).toBe(3);
    const left = await prisma.emailMessage.findMany({ select: { to: true } });
    expect(left.map((row) => row.to).sort()).toEqual(["old-pending@t.test", "recent-sent@t.test"]);
  });
});

describe("the connector call log sweep", () => {
  it("deletes calls older than the retention period", async () => {
    const tenant = await createTenant(prisma, { slug: "sweep-calls", name: "Sweep" });
    const connector = await prisma.apiConnector.create({
      data: { tenantId: tenant.id, displayName: "Registry", endpointUrl: "https://r.example" },
    });
    const call = (age: number) =>
      prisma.apiConnectorCall.create({
        data: {
          tenantId: tenant.id,
          apiConnectorId: connector.id,
          step: "POST_ATTRIBUTE_COLLECTION",
          latencyMs: 5,
          outcome: "CONTINUE",
          createdAt: daysAgo(age),
        },
      });
    await call(8);
    const recent = await call(6);
    expect(await sweepConnectorCalls(sqlPool(), 7)).toBe(1);
    expect(
      (await prisma.apiConnectorCall.findMany({ where: { tenantId: tenant.id } })).map((c) => c.id),
    ).toEqual([recent.id]);

    // The tenant's own period wins over the instance's default.
    await prisma.tenant.update({
      where: { id: tenant.id },
      data: { connectorCallRetentionDays: 5 },
    });
    expect(await sweepConnectorCalls(sqlPool(), 7)).toBe(1);
    expect(await prisma.apiConnectorCall.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe("the sign-in history sweep", () => {
  it("deletes guests' sign-in events past their tenant's period, and nothing where none is set", async () => {
    const keeping = await createTenant(prisma, { slug: "history-keep", name: "Keep" });
    const sweeping = await createTenant(prisma, { slug: "history-sweep", name: "Sweep" });
    await updateRetentionSettings(
      prisma,
      {
        tenant: sweeping,
        role: "OWNER",
        actor: { type: "API_KEY", id: "00000000-0000-7000-8000-000000000000" },
      },
      { signInHistoryRetentionDays: 30, connectorCallRetentionDays: null },
    );
    const event = (tenantId: string, action: string, age: number, actorType = "GUEST_USER") =>
      prisma.auditEvent.create({
        data: {
          tenantId,
          actorType: actorType as "GUEST_USER",
          action,
          createdAt: daysAgo(age),
        },
      });
    await event(keeping.id, "guest.signed_in", 400);
    await event(sweeping.id, "guest.signed_in", 31);
    await event(sweeping.id, "guest.signed_up", 31);
    const recent = await event(sweeping.id, "guest.signed_in", 29);
    const operatorChange = await event(sweeping.id, "settings.updated", 400, "OPERATOR");

    expect(await sweepSignInHistory(sqlPool())).toBe(2);
    const left = (await prisma.auditEvent.findMany({ where: { tenantId: sweeping.id } })).map(
      (row) => row.id,
    );
    expect(left).toEqual(expect.arrayContaining([recent.id, operatorChange.id]));
    expect(await prisma.auditEvent.count({ where: { tenantId: keeping.id } })).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { tenantId: sweeping.id, action: { in: ["guest.signed_in", "guest.signed_up"] } },
      }),
    ).toBe(1);
  });
});

describe("signing key maintenance", () => {
  it("publishes each due tenant's next key, whether or not anyone signed in there", async () => {
    const due = await createTenant(prisma, { slug: "keys-due", name: "Due" });
    const fresh = await createTenant(prisma, { slug: "keys-fresh", name: "Fresh" });
    const policy = { rotationDays: 90, activationSeconds: 60 };
    await maintainAllSigningKeys(prisma, encryptionKey, policy);
    await prisma.signingKey.updateMany({
      where: { tenantId: due.id },
      data: { createdAt: daysAgo(91), activateAfter: daysAgo(91) },
    });

    const { failed } = await maintainAllSigningKeys(prisma, encryptionKey, policy);
    expect(failed).toBe(0);
    const states = async (tenantId: string) =>
      (
        await prisma.signingKey.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" } })
      ).map((key) => key.state);
    expect(await states(due.id)).toEqual(["ACTIVE", "NEXT"]);
    expect(await states(fresh.id)).toEqual(["ACTIVE"]);
  });
});

describe("the schedule", () => {
  it("registers every scheduled job with the queue, whose cron runs each once across instances", async () => {
    const workers = await Promise.all(
      [1, 2].map(() =>
        startBackgroundWorker({
          databaseUrl: process.env.DATABASE_URL!,
          prisma,
          email: { from: "x@t.test", encryptionKey },
          encryptionKey,
          signingKeys: { rotationDays: 90, activationSeconds: 60 },
          emailRetentionDays: 30,
          connectorCallRetentionDays: 30,
          allowPrivateNetworks: false,
        }),
      ),
    );
    try {
      // The cron scheduler registers its items just after the worker starts.
      const registered = await vi.waitFor(async () => {
        const { rows } = await sqlPool().query<{ identifier: string }>(
          `SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier`,
        );
        expect(rows).toHaveLength(7);
        return rows;
      });
      expect(registered.map((row) => row.identifier)).toEqual([
        "maintain-signing-keys",
        "refresh-saml-metadata",
        "sweep-connector-calls",
        "sweep-email-outbox",
        "sweep-sign-in-data",
        "sweep-sign-in-history",
        "sweep-webhook-messages",
      ]);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  });
});
