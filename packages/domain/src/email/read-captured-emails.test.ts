import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { readCapturedEmails } from "./read-captured-emails";
import { sqlPool } from "../database/sql-pool";
import { recordEmail } from "./send-email";

const prisma = getPrisma();
const encryptionKey = randomBytes(32).toString("base64");
const settings = { from: "noreply@guestlist.test", encryptionKey };

beforeAll(() => {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

describe("reading the development outbox", () => {
  it("opens the captured bodies for one address, newest first, however the address is typed", async () => {
    for (const code of ["111111", "222222"])
      await recordEmail(sqlPool(), settings, {
        tenantId: null,
        to: "reader@example.com",
        subject: "Your code",
        text: `Your code is ${code}`,
        html: `<p>${code}</p>`,
      });
    await recordEmail(sqlPool(), settings, {
      tenantId: null,
      to: "someone-else@example.com",
      subject: "Not for the reader",
      text: "other",
      html: "<p>other</p>",
    });

    const messages = await readCapturedEmails(prisma, encryptionKey, {
      to: "  Reader@Example.com ",
      limit: 10,
    });
    expect(messages.map((m) => m.text)).toEqual(["Your code is 222222", "Your code is 111111"]);
    expect(await readCapturedEmails(prisma, encryptionKey, { limit: 1 })).toMatchObject([
      { to: "someone-else@example.com", text: "other" },
    ]);
  });

  it("shows an erased body as erased, and cannot open bodies with another key", async () => {
    await prisma.emailMessage.updateMany({
      where: { to: "reader@example.com" },
      data: { bodyEncrypted: null },
    });
    expect(
      await readCapturedEmails(prisma, encryptionKey, { to: "reader@example.com", limit: 10 }),
    ).toMatchObject([{ text: null }, { text: null }]);
    await expect(
      readCapturedEmails(prisma, randomBytes(32).toString("base64"), {
        to: "someone-else@example.com",
        limit: 10,
      }),
    ).rejects.toThrow();
  });
});
