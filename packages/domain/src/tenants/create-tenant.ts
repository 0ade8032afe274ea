import { randomUUID } from "node:crypto";
import { BUILT_IN_ATTRIBUTES } from "../attributes/built-in-attributes";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { Prisma, Tenant } from "../generated/prisma/client";
import { ZCreateTenantInput, type TCreateTenantInput } from "./tenant-schemas";

/**
 * Creates a tenant with what every tenant starts with: the built-in user
 * attributes and the email one-time-passcode identity provider (on by default,
 * as in Entra). Self-service sign-up starts switched off.
 */
export async function createTenant(
  prisma: PrismaClient | Prisma.TransactionClient,
  input: TCreateTenantInput,
): Promise<Tenant> {
  const { slug, name } = ZCreateTenantInput.parse(input);
  const existing = await prisma.tenant.findUnique({ where: { slug }, select: { id: true } });
  if (existing) throw new AppError("conflict", `A tenant named "${slug}" already exists.`);
  return prisma.tenant.create({
    data: {
      slug,
      name,
      extensionAppId: randomUUID().replaceAll("-", ""),
      userAttributes: {
        create: BUILT_IN_ATTRIBUTES.map(({ name, dataType, description }) => ({
          name,
          dataType,
          description,
          builtIn: true,
        })),
      },
      identityProviders: {
        create: { type: "EMAIL_OTP", displayName: "Email one-time passcode", enabled: true },
      },
    },
  });
}
