import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { findInvitationView, INVITATION_NOT_FOUND } from "./invitation-view";

export async function getGuestInvitation(prisma: PrismaClient, access: TenantAccess, id: string) {
  const invitation = await findInvitationView(prisma, access.tenant.id, id);
  if (!invitation) throw new AppError("not_found", INVITATION_NOT_FOUND);
  return invitation;
}
