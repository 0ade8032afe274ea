import { hashPassword, verifyPassword } from "../crypto/password-hash";
import type { PrismaClient } from "../database/prisma-client";
import { throttledPasswordCheck } from "../passwords/sign-in-throttle";
import { ZSignInInput, type TSignInInput } from "./operator-schemas";

// Verified against when the address is unknown, so both answers take the same time.
const UNKNOWN_OPERATOR_HASH = hashPassword("no operator has this password");

/**
 * The operator for these credentials, or null: the caller cannot tell a wrong
 * password from an unknown address. Failed attempts count against the
 * sign-in limits (rate_limited once over them).
 */
export async function authenticateOperator(
  prisma: PrismaClient,
  input: TSignInInput & { requestIp?: string | null },
): Promise<{ id: string; email: string; displayName: string } | null> {
  const parsed = ZSignInInput.safeParse(input);
  if (!parsed.success) return null;
  const operator = await throttledPasswordCheck(
    "operator",
    { email: parsed.data.email, requestIp: input.requestIp },
    async () => {
      const found = await prisma.operator.findUnique({ where: { email: parsed.data.email } });
      const matches = await verifyPassword(
        found?.passwordHash ?? (await UNKNOWN_OPERATOR_HASH),
        parsed.data.password,
      );
      return found?.passwordHash && matches ? found : null;
    },
  );
  if (!operator) return null;
  await prisma.operator.update({ where: { id: operator.id }, data: { lastSignInAt: new Date() } });
  return { id: operator.id, email: operator.email, displayName: operator.displayName };
}
