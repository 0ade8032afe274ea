import type { PrismaClient } from "../database/prisma-client";
import type { Prisma } from "../generated/prisma/client";
import type { AuditActorType } from "../generated/prisma/enums";

export interface AuditEventInput {
  tenantId: string | null;
  actorType: AuditActorType;
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
}

export async function recordAuditEvent(
  prisma: PrismaClient | Prisma.TransactionClient,
  event: AuditEventInput,
): Promise<void> {
  await prisma.auditEvent.create({ data: { ...event, details: event.details ?? {} } });
}
