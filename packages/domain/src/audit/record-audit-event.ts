import type { PrismaClient } from "../database/prisma-client";
import type { Prisma } from "../generated/prisma/client";
import type { AuditActorType } from "../generated/prisma/enums";
import { auditEventStatement } from "./audit-event-statement";

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

/** Records an audit event (and its webhook events) on the caller's client or transaction. */
export async function recordAuditEvent(
  prisma: PrismaClient | Prisma.TransactionClient,
  event: AuditEventInput,
): Promise<void> {
  const { text, values } = auditEventStatement(event);
  await prisma.$executeRawUnsafe(text, ...values);
}
