import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { rotateSigningKey } from "./rotate-signing-key";
import type { SigningKeyPolicy } from "./signing-key-policy";

/** `keys rotate <tenant>`: the tenant named by its slug gets a new signing key. */
export async function rotateTenantSigningKey(
  prisma: PrismaClient,
  tenantSlug: string,
  encryptionKey: string,
  policy: SigningKeyPolicy,
) {
  const tenant = await prisma.tenant.findUnique({ where: { slug: tenantSlug } });
  if (!tenant) throw new AppError("not_found", `There is no tenant "${tenantSlug}".`);
  return rotateSigningKey(prisma, tenant.id, encryptionKey, policy);
}
