import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { sendEmail } from "./send-email";

const prisma = getPrisma();
const encryptionKey = randomBytes(32).toString("base64");
const received: { authorization?: string; body: Record<string, unknown> }[] = [];
let respondWith = 200;
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ authorization: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(respondWith, { "content-type": "application/json" });
      res.end(
        JSON.stringify(
          respondWith === 200
            ? { id: "email-123" }
            : {
                statusCode: respondWith,
                name: "application_error",
                message: "Down for maintenance",
              },
        ),
      );
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

const email = (to: string) => ({
  tenantId: null,
  to,
  subject: "Your code: 123456",
  text: "Your code is 123456",
  html: "<p>123456</p>",
});

describe("sendEmail", () => {
  it("sends through the Resend API and erases the body once sent", async () => {
    await sendEmail(
      prisma,
      { resendApiKey: "re_test_key", from: "Woodgrove <no-reply@woodgrove.test>", encryptionKey },
      email("ada@supplier.test"),
    );
    expect(received.at(-1)).toMatchObject({
      authorization: "Bearer re_test_key",
      body: {
        from: "Woodgrove <no-reply@woodgrove.test>",
        to: "ada@supplier.test",
        subject: "Your code: 123456",
        text: "Your code is 123456",
      },
    });
    const stored = await prisma.emailMessage.findFirstOrThrow({
      where: { to: "ada@supplier.test" },
    });
    expect(stored).toMatchObject({
      status: "SENT",
      providerMessageId: "email-123",
      bodyEncrypted: null,
      attempts: 1,
    });
  });

  it("records a failure and tells the user to try again, without details", async () => {
    respondWith = 503;
    try {
      await expect(
        sendEmail(
          prisma,
          { resendApiKey: "re_test_key", from: "x@woodgrove.test", encryptionKey },
          email("bob@supplier.test"),
        ),
      ).rejects.toMatchObject({
        code: "dependency_failed",
        message: "We could not send the email just now. Please try again in a moment.",
      });
    } finally {
      respondWith = 200;
    }
    const stored = await prisma.emailMessage.findFirstOrThrow({
      where: { to: "bob@supplier.test" },
    });
    expect(stored).toMatchObject({ status: "FAILED", lastError: "Down for maintenance" });
  });

  it("without a Resend key, keeps the message encrypted in the outbox and prints it", async () => {
    const print = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await sendEmail(
        prisma,
        { from: "x@woodgrove.test", encryptionKey },
        email("cy@supplier.test"),
      );
      expect(print.mock.calls.map((call) => String(call[0])).join("")).toContain(
        "Your code is 123456",
      );
    } finally {
      print.mockRestore();
    }
    const stored = await prisma.emailMessage.findFirstOrThrow({
      where: { to: "cy@supplier.test" },
    });
    expect(stored.status).toBe("CAPTURED");
    expect(stored.bodyEncrypted).not.toContain("123456");
    expect(
      JSON.parse(decryptSecret(stored.bodyEncrypted!, encryptionKey, `email-body:${stored.id}`))
        .text,
    ).toBe("Your code is 123456");
  });

  it("keeps the subject on one line and refuses a recipient that smuggles in another", async () => {
    const settings = {
      resendApiKey: "re_test_key",
      from: "W <no-reply@woodgrove.test>",
      encryptionKey,
    };
    await sendEmail(prisma, settings, {
      ...email("eve@supplier.test"),
      subject: "Welcome\r\nBcc: attacker@evil.test\n\nbody",
    });
    expect(received.at(-1)?.body).toMatchObject({
      to: "eve@supplier.test",
      subject: "Welcome Bcc: attacker@evil.test body",
    });
    for (const to of [
      "eve@supplier.test\r\nBcc: attacker@evil.test",
      "eve@supplier.test, attacker@evil.test",
      "Eve <eve@supplier.test>",
    ]) {
      const sent = received.length;
      await expect(sendEmail(prisma, settings, email(to))).rejects.toMatchObject({
        code: "invalid_input",
      });
      expect(received.length).toBe(sent);
    }
  });
});
