import { hashPassword } from "../crypto/password-hash";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZCreateFirstOperatorInput, type TCreateFirstOperatorInput } from "./operator-schemas";

export async function hasAnyOperator(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.operator.count()) > 0;
}

/**
 * The "create the first administrator" page: allowed only while no operator
 * exists. The check and the insert share a serializable transaction, so two
 * people racing for it cannot both win.
 */
export async function createFirstOperator(prisma: PrismaClient, input: TCreateFirstOperatorInput) {
  const data = ZCreateFirstOperatorInput.parse(input);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(
    async (tx) => {
      if ((await tx.operator.count()) > 0) {
        throw new AppError("conflict", "An administrator already exists. Sign in instead.");
      }
      return tx.operator.create({
        data: { email: data.email, displayName: data.displayName, passwordHash },
      });
    },
    { isolationLevel: "Serializable" },
  );
}
