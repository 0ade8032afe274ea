"use server";

import {
  createTermsDocument,
  publishTermsVersion,
  type TTermsDocumentInput,
  type TTermsVersionInput,
} from "@guestlist/domain/terms";
import { tenantAction } from "@/lib/tenant-action";

export async function createTermsDocumentAction(tenant: string, input: TTermsDocumentInput) {
  return tenantAction(tenant, async (prisma, access) => {
    const document = await createTermsDocument(prisma, access, input);
    return { message: `"${document.name}" published as version 1.` };
  });
}

export async function publishTermsVersionAction(
  tenant: string,
  documentId: string,
  input: TTermsVersionInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    const version = await publishTermsVersion(prisma, access, documentId, input);
    return {
      message: `Version ${version.version} published. People accept it at their next sign-in.`,
    };
  });
}
