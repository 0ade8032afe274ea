import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { hashPassword } from "../crypto/password-hash";
import { randomSecret } from "../crypto/random-secret";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { getApplication } from "./get-application";

/** A new client secret, shown once; the old one stops working at once. A public client gets none. */
export async function rotateClientSecret(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
): Promise<string> {
  assertCan(access, "applications.manage");
  const application = await getApplication(prisma, access, id);
  if (application.type === "PUBLIC")
    throw new AppError("invalid_input", "A public client has no secret; it signs in with PKCE.");
  const clientSecret = randomSecret(32);
  const clientSecretHash = await hashPassword(clientSecret);
  await prisma.$transaction(async (tx) => {
    await tx.application.update({
      where: { id, tenantId: access.tenant.id },
      data: { clientSecretHash },
    });
    await recordChange(tx, access, {
      action: "application.secretRotated",
      targetType: "Application",
      targetId: id,
    });
  });
  return clientSecret;
}
