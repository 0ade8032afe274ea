import { actorDisplayName } from "../access/actor-display-name";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZTermsDocumentInput, type TTermsDocumentInput } from "./terms-schemas";

/** A new terms document with its first version, published at once. */
export async function createTermsDocument(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TTermsDocumentInput,
) {
  assertCan(access, "userFlows.manage");
  const { name, firstVersion } = ZTermsDocumentInput.parse(input);
  const publishedByName = await actorDisplayName(prisma, access);
  const tenantId = access.tenant.id;
  if (await prisma.termsDocument.findFirst({ where: { tenantId, name } }))
    throw new AppError("conflict", `There is already a terms document named "${name}".`, {
      fieldIssues: [{ path: "name", message: "Choose another name." }],
    });
  return prisma.$transaction(async (tx) => {
    const document = await tx.termsDocument.create({
      data: {
        tenantId,
        name,
        versions: { create: { tenantId, version: 1, publishedByName, ...firstVersion } },
      },
      include: { versions: true },
    });
    await recordChange(tx, access, {
      action: "terms.created",
      targetType: "TermsDocument",
      targetId: document.id,
      after: { name, version: 1, title: firstVersion.title, url: firstVersion.url },
    });
    return document;
  });
}
