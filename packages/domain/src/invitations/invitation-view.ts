import type { PrismaClient } from "../database/prisma-client";
import type { Prisma } from "../generated/prisma/client";
import type { TInvitationStatus } from "./invitation-schemas";

export const INVITATION_SELECT = {
  id: true,
  email: true,
  application: { select: { id: true, name: true } },
  attributes: true,
  message: true,
  status: true,
  expiresAt: true,
  invitedByType: true,
  invitedById: true,
  invitedByName: true,
  sentCount: true,
  lastSentAt: true,
  acceptedAt: true,
  acceptedGuestUserId: true,
  revokedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.GuestInvitationSelect;

type InvitationRow = Prisma.GuestInvitationGetPayload<{ select: typeof INVITATION_SELECT }>;

export type GuestInvitationView = Omit<InvitationRow, "status"> & { status: TInvitationStatus };

/** The status people see: an open invitation past its expiry is Expired. */
export function invitationStatus(
  row: Pick<InvitationRow, "status" | "expiresAt">,
  now = Date.now(),
): TInvitationStatus {
  return row.status === "PENDING" && row.expiresAt.getTime() <= now ? "EXPIRED" : row.status;
}

export function invitationView(row: InvitationRow): GuestInvitationView {
  return { ...row, status: invitationStatus(row) };
}

export async function findInvitationView(
  prisma: PrismaClient | Prisma.TransactionClient,
  tenantId: string,
  id: string,
): Promise<GuestInvitationView | null> {
  const row = await prisma.guestInvitation.findFirst({
    where: { id, tenantId },
    select: INVITATION_SELECT,
  });
  return row ? invitationView(row) : null;
}

export const INVITATION_NOT_FOUND = "There is no such invitation in this tenant.";
