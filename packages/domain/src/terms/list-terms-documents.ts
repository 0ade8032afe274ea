import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { TERMS_NOT_FOUND } from "./publish-terms-version";

const DOCUMENT_INCLUDE = {
  versions: { orderBy: { version: "desc" } },
  userFlows: { select: { userFlow: { select: { id: true, name: true } } } },
  _count: { select: { acceptances: true } },
} as const;

/** The tenant's terms documents, each with its versions (newest first) and the flows that require it. */
export function listTermsDocuments(prisma: PrismaClient, access: TenantAccess) {
  return prisma.termsDocument.findMany({
    where: { tenantId: access.tenant.id },
    orderBy: { name: "asc" },
    include: DOCUMENT_INCLUDE,
  });
}

export async function getTermsDocument(prisma: PrismaClient, access: TenantAccess, id: string) {
  const document = await prisma.termsDocument.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: DOCUMENT_INCLUDE,
  });
  if (!document) throw new AppError("not_found", TERMS_NOT_FOUND);
  return document;
}
