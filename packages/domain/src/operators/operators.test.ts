import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { authenticateOperator } from "./authenticate-operator";
import { createFirstOperator, hasAnyOperator } from "./create-first-operator";

const prisma = getPrisma();
afterAll(() => prisma.$disconnect());

describe("operators", () => {
  it("lets exactly one first administrator be created, then signs them in", async () => {
    expect(await hasAnyOperator(prisma)).toBe(false);
    const attempts = await Promise.allSettled([
      createFirstOperator(prisma, {
        displayName: "First",
        email: "first@ops.test",
        password: "a long enough passphrase",
      }),
      createFirstOperator(prisma, {
        displayName: "Second",
        email: "second@ops.test",
        password: "a long enough passphrase",
      }),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.operator.count()).toBe(1);
    await expect(
      createFirstOperator(prisma, {
        displayName: "Late",
        email: "late@ops.test",
        password: "a long enough passphrase",
      }),
    ).rejects.toMatchObject({
      code: "conflict",
    });

    const winner = await prisma.operator.findFirstOrThrow();
    expect(
      await authenticateOperator(prisma, {
        email: winner.email.toUpperCase(),
        password: "a long enough passphrase",
      }),
    ).toMatchObject({ id: winner.id });
    expect(
      await authenticateOperator(prisma, { email: winner.email, password: "wrong" }),
    ).toBeNull();
    expect(
      await authenticateOperator(prisma, {
        email: "nobody@ops.test",
        password: "a long enough passphrase",
      }),
    ).toBeNull();
  });

  it("refuses a short password for the first administrator", async () => {
    await expect(
      createFirstOperator(prisma, { displayName: "x", email: "x@ops.test", password: "short" }),
    ).rejects.toThrow("at least 12 characters");
  });

  it("stops password guessing on an operator account for a while, right password or not", async () => {
    const operator = await prisma.operator.findFirstOrThrow();
    let refusedAfter = 0;
    for (; refusedAfter < 25; refusedAfter++) {
      const answer = await authenticateOperator(prisma, {
        email: operator.email,
        password: `guess ${refusedAfter}`,
      }).catch(() => "refused" as const);
      if (answer === "refused") break;
      expect(answer).toBeNull();
    }
    // 20 failures in the window, counting the one the test above made.
    expect(refusedAfter).toBe(19);
    await expect(
      authenticateOperator(prisma, { email: operator.email, password: "a long enough passphrase" }),
    ).rejects.toMatchObject({ code: "rate_limited", message: "Too many failed sign-ins." });
  });
});
