import { randomUUID } from "node:crypto";
import type { TenantAccess } from "../access/tenant-access";
import { assertCan } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { hashPassword } from "../crypto/password-hash";
import { randomSecret } from "../crypto/random-secret";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZApplicationInput, type TApplicationInput } from "./application-schemas";

export async function listApplications(prisma: PrismaClient, access: TenantAccess) {
  return prisma.application.findMany({
    where: { tenantId: access.tenant.id },
    include: { userFlow: { select: { id: true, name: true } } },
    orderBy: { name: "asc" },
  });
}

export async function getApplication(prisma: PrismaClient, access: TenantAccess, id: string) {
  const application = await prisma.application.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: { userFlow: true },
  });
  if (!application) throw new AppError("not_found", "There is no such application in this tenant.");
  return application;
}

async function assertFlowInTenant(
  prisma: PrismaClient,
  access: TenantAccess,
  userFlowId: string | null,
) {
  if (!userFlowId) return null;
  const flow = await prisma.userFlow.findFirst({
    where: { id: userFlowId, tenantId: access.tenant.id },
  });
  if (!flow)
    throw new AppError("invalid_input", "Choose a user flow from this tenant.", {
      fieldIssues: [{ path: "userFlowId", message: "Choose a user flow from this tenant." }],
    });
  return flow;
}

const summary = (a: {
  name: string;
  type: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  userFlowId: string | null;
}) => ({
  name: a.name,
  type: a.type,
  redirectUris: a.redirectUris,
  postLogoutRedirectUris: a.postLogoutRedirectUris,
  userFlowId: a.userFlowId,
});

/** Registers an application. A confidential one gets a client secret, returned here once and stored only as a hash. */
export async function createApplication(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TApplicationInput,
) {
  assertCan(access, "applications.manage");
  const data = ZApplicationInput.parse(input);
  await assertFlowInTenant(prisma, access, data.userFlowId);
  const clientSecret = data.type === "CONFIDENTIAL" ? randomSecret(32) : null;
  const application = await prisma.$transaction(async (tx) => {
    const application = await tx.application.create({
      data: {
        tenantId: access.tenant.id,
        clientId: randomUUID(),
        ...data,
        tokenEndpointAuthMethod: data.type === "PUBLIC" ? "none" : "client_secret_basic",
        clientSecretHash: clientSecret ? await hashPassword(clientSecret) : null,
      },
    });
    await recordChange(tx, access, {
      action: "application.created",
      targetType: "Application",
      targetId: application.id,
      after: summary(application),
    });
    return application;
  });
  return { application, clientSecret };
}

/**
 * Edits an application. An application uses one user flow at a time: assigning
 * another moves it, and the result says from where.
 */
export async function updateApplication(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TApplicationInput,
) {
  assertCan(access, "applications.manage");
  const data = ZApplicationInput.parse(input);
  const before = await getApplication(prisma, access, id);
  await assertFlowInTenant(prisma, access, data.userFlowId);
  const becamePublic = before.type === "CONFIDENTIAL" && data.type === "PUBLIC";
  const application = await prisma.$transaction(async (tx) => {
    const application = await tx.application.update({
      where: { id },
      data: {
        ...data,
        tokenEndpointAuthMethod:
          data.type === "PUBLIC"
            ? "none"
            : before.type === "PUBLIC"
              ? "client_secret_basic"
              : before.tokenEndpointAuthMethod,
        ...(becamePublic ? { clientSecretHash: null } : {}),
      },
    });
    await recordChange(tx, access, {
      action: "application.updated",
      targetType: "Application",
      targetId: id,
      before: summary(before),
      after: summary(application),
    });
    return application;
  });
  const movedFrom =
    before.userFlow && before.userFlowId !== data.userFlowId ? before.userFlow.name : null;
  return { application, movedFrom };
}

/** Assigns (or with null, unassigns) the application to a flow; says which flow it left, if any. */
export async function assignApplicationToFlow(
  prisma: PrismaClient,
  access: TenantAccess,
  applicationId: string,
  userFlowId: string | null,
) {
  const before = await getApplication(prisma, access, applicationId);
  return updateApplication(prisma, access, applicationId, {
    ...summary(before),
    type: before.type,
    userFlowId,
  });
}

/** A new client secret, shown once; the old one stops working at once. A public client gets none. */
export async function rotateClientSecret(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
): Promise<string> {
  assertCan(access, "applications.manage");
  const application = await getApplication(prisma, access, id);
  if (application.type === "PUBLIC")
    throw new AppError("invalid_input", "A public client has no secret; it signs in with PKCE.");
  const clientSecret = randomSecret(32);
  await prisma.$transaction(async (tx) => {
    await tx.application.update({
      where: { id },
      data: { clientSecretHash: await hashPassword(clientSecret) },
    });
    await recordChange(tx, access, {
      action: "application.secretRotated",
      targetType: "Application",
      targetId: id,
    });
  });
  return clientSecret;
}

export async function deleteApplication(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "applications.manage");
  const application = await getApplication(prisma, access, id);
  await prisma.$transaction(async (tx) => {
    await tx.application.delete({ where: { id } });
    await recordChange(tx, access, {
      action: "application.deleted",
      targetType: "Application",
      targetId: id,
      before: summary(application),
    });
  });
}
