import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { startBackgroundWorker } from "../jobs/start-background-worker";
import { deliverEmail, EmailDeliveryDeferred } from "./deliver-email";
import { recordEmail } from "./send-email";

const prisma = getPrisma();
const encryptionKey = randomBytes(32).toString("base64");
const received: { authorization?: string; idempotencyKey?: string; body: { to: string } }[] = [];
/** The fake Resend's next answers, one per request; then 200. */
const answers: number[] = [];
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const status = answers.shift() ?? 200;
      received.push({
        authorization: req.headers.authorization,
        idempotencyKey: req.headers["idempotency-key"] as string | undefined,
        body: JSON.parse(body),
      });
      res.writeHead(status, { "content-type": "application/json" });
      const failure =
        status === 422
          ? { statusCode: 422, name: "validation_error", message: "Invalid `to` field" }
          : { statusCode: status, name: "application_error", message: "Down for maintenance" };
      res.end(JSON.stringify(status === 200 ? { id: `email-${received.length}` } : failure));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  server.close();
  await prisma.$disconnect();
});

const live = {
  resendApiKey: "re_test_key",
  from: "Woodgrove <no-reply@woodgrove.test>",
  encryptionKey,
};
const email = (to: string) => ({
  tenantId: null,
  to,
  subject: "Your code: 123456",
  text: "Your code is 123456",
  html: "<p>123456</p>",
});
const firstAttempt = { attempt: 1, maxAttempts: 8 };
const stored = (id: string) => prisma.emailMessage.findUniqueOrThrow({ where: { id } });
const sentTo = (to: string) => received.filter((request) => request.body.to === to);

function startWorker(): Promise<Runner> {
  return startBackgroundWorker({
    databaseUrl: process.env.DATABASE_URL!,
    prisma,
    email: live,
    encryptionKey,
    signingKeys: { rotationDays: 90, activationSeconds: 60 },
    emailRetentionDays: 30,
    connectorCallRetentionDays: 30,
    allowPrivateNetworks: false,
  });
}

describe("recording an email", () => {
  it("queues its delivery in the caller's transaction: a rolled-back step leaves neither", async () => {
    const client = await sqlPool().connect();
    try {
      await client.query("BEGIN");
      await recordEmail(client, live, email("rolled-back@supplier.test"));
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    const id = await recordEmail(sqlPool(), live, email("queued@supplier.test"));
    const { rows } = await sqlPool().query<{ payload: { messageId: string } }>(
      `SELECT job.payload FROM graphile_worker._private_jobs job
         JOIN graphile_worker._private_tasks task ON task.id = job.task_id
        WHERE task.identifier = 'deliver-email'`,
    );
    expect(rows.map((row) => row.payload.messageId)).toEqual([id]);
    expect(await prisma.emailMessage.count({ where: { to: "rolled-back@supplier.test" } })).toBe(0);
  });

  it("keeps the subject on one line and refuses a recipient that smuggles in another", async () => {
    const id = await recordEmail(sqlPool(), live, {
      ...email("eve@supplier.test"),
      subject: "Welcome\r\nBcc: attacker@evil.test\n\nbody",
    });
    expect((await stored(id)).subject).toBe("Welcome Bcc: attacker@evil.test body");
    for (const to of [
      "eve@supplier.test\r\nBcc: attacker@evil.test",
      "eve@supplier.test, attacker@evil.test",
      "Eve <eve@supplier.test>",
    ])
      await expect(recordEmail(sqlPool(), live, email(to))).rejects.toMatchObject({
        code: "invalid_input",
      });
  });
});

describe("delivering an email", () => {
  it("sends through the Resend API with the message id as idempotency key, and erases the body", async () => {
    const id = await recordEmail(sqlPool(), live, email("ada@supplier.test"));
    await deliverEmail(sqlPool(), live, id, firstAttempt);
    expect(sentTo("ada@supplier.test")).toEqual([
      expect.objectContaining({
        authorization: "Bearer re_test_key",
        idempotencyKey: `guestlist-email-${id}`,
        body: expect.objectContaining({
          from: "Woodgrove <no-reply@woodgrove.test>",
          subject: "Your code: 123456",
          text: "Your code is 123456",
        }),
      }),
    ]);
    expect(await stored(id)).toMatchObject({ status: "SENT", bodyEncrypted: null, attempts: 1 });

    await deliverEmail(sqlPool(), live, id, { attempt: 2, maxAttempts: 8 });
    expect(sentTo("ada@supplier.test")).toHaveLength(1);
  });

  it("keeps a message for another attempt while Resend is down, and gives up after the last", async () => {
    const id = await recordEmail(sqlPool(), live, email("bob@supplier.test"));
    answers.push(503, 503);
    await expect(deliverEmail(sqlPool(), live, id, firstAttempt)).rejects.toBeInstanceOf(
      EmailDeliveryDeferred,
    );
    expect(await stored(id)).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "Down for maintenance",
    });
    await deliverEmail(sqlPool(), live, id, { attempt: 8, maxAttempts: 8 });
    expect(await stored(id)).toMatchObject({ status: "FAILED", attempts: 2, bodyEncrypted: null });
  });

  it("gives up at once on a refusal that no retry can change", async () => {
    const id = await recordEmail(sqlPool(), live, email("cy@supplier.test"));
    answers.push(422);
    await deliverEmail(sqlPool(), live, id, firstAttempt);
    expect(await stored(id)).toMatchObject({ status: "FAILED", lastError: "Invalid `to` field" });
  });

  it("gives up a message whose deadline has passed (a code that expired) instead of sending it", async () => {
    const id = await recordEmail(sqlPool(), live, email("late@supplier.test"));
    await deliverEmail(sqlPool(), live, id, {
      ...firstAttempt,
      deliverBefore: new Date(Date.now() - 1000),
    });
    expect(sentTo("late@supplier.test")).toHaveLength(0);
    expect(await stored(id)).toMatchObject({
      status: "FAILED",
      lastError: "not sent before it expired",
      bodyEncrypted: null,
    });
  });

  it("retries a failure of its own (a key it cannot read with), and settles it as failed at the last attempt", async () => {
    const id = await recordEmail(sqlPool(), live, email("unreadable@supplier.test"));
    const otherKey = { ...live, encryptionKey: randomBytes(32).toString("base64") };
    await expect(deliverEmail(sqlPool(), otherKey, id, firstAttempt)).rejects.toThrow();
    expect((await stored(id)).status).toBe("PENDING");
    await deliverEmail(sqlPool(), otherKey, id, { attempt: 8, maxAttempts: 8 });
    expect(await stored(id)).toMatchObject({ status: "FAILED", bodyEncrypted: null });
    expect(sentTo("unreadable@supplier.test")).toHaveLength(0);
  });

  it("without a Resend key, keeps the message encrypted in the outbox and prints it", async () => {
    const print = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const development = { from: "x@woodgrove.test", encryptionKey };
    let id: string;
    try {
      id = await recordEmail(sqlPool(), development, email("dev@supplier.test"));
      await deliverEmail(sqlPool(), development, id, firstAttempt);
      expect(print.mock.calls.map((call) => String(call[0])).join("")).toContain(
        "Your code is 123456",
      );
    } finally {
      print.mockRestore();
    }
    const message = await stored(id);
    expect(message.status).toBe("CAPTURED");
    expect(message.bodyEncrypted).not.toContain("123456");
    expect(
      JSON.parse(decryptSecret(message.bodyEncrypted!, encryptionKey, `email-body:${id}`)).text,
    ).toBe("Your code is 123456");
    expect(sentTo("dev@supplier.test")).toHaveLength(0);
  });
});

describe("the background worker", () => {
  it("delivers queued messages within moments, each once, with two instances' workers running", async () => {
    const workers = await Promise.all([startWorker(), startWorker()]);
    try {
      const addresses = Array.from({ length: 10 }, (_, n) => `burst-${n}@supplier.test`);
      await Promise.all(addresses.map((to) => recordEmail(sqlPool(), live, email(to))));
      await vi.waitFor(() => expect(addresses.every((to) => sentTo(to).length > 0)).toBe(true), {
        timeout: 5000,
        interval: 50,
      });
      // Nothing more arrives afterwards: no message went out twice.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(addresses.map((to) => sentTo(to).length)).toEqual(addresses.map(() => 1));
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  });

  it("retries with backoff until Resend answers again", async () => {
    const worker = await startWorker();
    try {
      answers.push(500);
      const id = await recordEmail(sqlPool(), live, email("retry@supplier.test"));
      // graphile-worker's first retry comes e^1 ≈ 2.7 s after the failure.
      await vi.waitFor(async () => expect((await stored(id)).status).toBe("SENT"), {
        timeout: 8000,
        interval: 100,
      });
      expect(sentTo("retry@supplier.test")).toHaveLength(2);
      expect((await stored(id)).attempts).toBe(2);
    } finally {
      await worker.stop();
    }
  });
});
