import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";

/** Revoking twice is a no-op: the key was revoked once, and recorded once. */
export async function revokeApiKey(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "apiKeys.manage");
  const apiKey = await prisma.apiKey.findFirst({ where: { id, tenantId: access.tenant.id } });
  if (!apiKey) throw new AppError("not_found", "There is no such API key in this tenant.");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({
      where: { id, tenantId: access.tenant.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return;
    await recordChange(tx, access, {
      action: "apiKey.revoked",
      targetType: "ApiKey",
      targetId: id,
      before: { name: apiKey.name, prefix: apiKey.prefix },
    });
  });
}
