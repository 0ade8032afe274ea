import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { guestDataDocument } from "../guests/export-guest-data";
import type { AccountHolder } from "./account-holder";
import { ACCOUNT_GONE } from "./my-account-view";

/** The person's own copy of everything the tenant holds about them: the document an admin would download. */
export async function exportMyData(prisma: PrismaClient, holder: AccountHolder) {
  const tenant = await prisma.tenant.findUnique({
    where: { id: holder.tenantId },
    select: { id: true, slug: true, name: true },
  });
  if (!tenant) throw new AppError("unauthenticated", ACCOUNT_GONE);
  const guest = await prisma.guestUser.count({
    where: { id: holder.guestUserId, tenantId: tenant.id, status: "ACTIVE" },
  });
  if (guest !== 1) throw new AppError("unauthenticated", ACCOUNT_GONE);
  return guestDataDocument(prisma, tenant, holder.guestUserId);
}
