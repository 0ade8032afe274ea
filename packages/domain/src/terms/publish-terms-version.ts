import { actorDisplayName } from "../access/actor-display-name";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { Prisma } from "../generated/prisma/client";
import { ZTermsVersionInput, type TTermsVersionInput } from "./terms-schemas";

export const TERMS_NOT_FOUND = "There is no such terms document in this tenant.";

/**
 * Publishes the next version of a document. Versions are never edited, so
 * every acceptance names the text the person saw; people who accepted an
 * earlier one accept this one at their next sign-in, before tokens are issued.
 */
export async function publishTermsVersion(
  prisma: PrismaClient,
  access: TenantAccess,
  documentId: string,
  input: TTermsVersionInput,
) {
  assertCan(access, "userFlows.manage");
  const version = ZTermsVersionInput.parse(input);
  const tenantId = access.tenant.id;
  const publishedByName = await actorDisplayName(prisma, access);
  try {
    return await prisma.$transaction(async (tx) => {
      const latest = await tx.termsVersion.findFirst({
        where: { tenantId, documentId },
        orderBy: { version: "desc" },
      });
      if (!latest) throw new AppError("not_found", TERMS_NOT_FOUND);
      // Two admins publishing at once: the unique (document, version) lets one through.
      const published = await tx.termsVersion.create({
        data: { tenantId, documentId, version: latest.version + 1, publishedByName, ...version },
      });
      await tx.termsDocument.update({
        where: { id: documentId, tenantId },
        data: { updatedAt: new Date() },
      });
      await recordChange(tx, access, {
        action: "terms.published",
        targetType: "TermsDocument",
        targetId: documentId,
        before: { version: latest.version, title: latest.title },
        after: { version: published.version, title: published.title, url: published.url },
      });
      return published;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", "Another version was published at the same time; reload.");
    throw error;
  }
}
