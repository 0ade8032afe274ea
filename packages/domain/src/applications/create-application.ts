import { randomUUID } from "node:crypto";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { hashPassword } from "../crypto/password-hash";
import { randomSecret } from "../crypto/random-secret";
import type { PrismaClient } from "../database/prisma-client";
import { applicationSummary } from "./application-summary";
import { ZApplicationInput, type TApplicationInput } from "./application-schemas";
import { assertFlowInTenant } from "./assert-flow-in-tenant";

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
  const clientSecretHash = clientSecret ? await hashPassword(clientSecret) : null;
  const application = await prisma.$transaction(async (tx) => {
    const application = await tx.application.create({
      data: {
        tenantId: access.tenant.id,
        clientId: randomUUID(),
        ...data,
        tokenEndpointAuthMethod: data.type === "PUBLIC" ? "none" : "client_secret_basic",
        clientSecretHash,
      },
    });
    await recordChange(tx, access, {
      action: "application.created",
      targetType: "Application",
      targetId: application.id,
      after: applicationSummary(application),
    });
    return application;
  });
  return { application, clientSecret };
}
