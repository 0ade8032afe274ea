import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { ZFlowLanguagesInput, type TFlowLanguagesInput } from "./flow-language-schemas";
import { getUserFlow } from "./get-user-flow";

/** The languages a flow is offered in and its default; journeys already started keep theirs. */
export async function updateFlowLanguages(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TFlowLanguagesInput,
) {
  assertCan(access, "userFlows.manage");
  const data = ZFlowLanguagesInput.parse(input);
  const before = await getUserFlow(prisma, access, id);
  await prisma.$transaction(async (tx) => {
    await tx.userFlow.update({
      where: { id, tenantId: access.tenant.id },
      data: { languages: data.languages, defaultLocale: data.defaultLocale },
    });
    await recordChange(tx, access, {
      action: "userFlow.languagesUpdated",
      targetType: "UserFlow",
      targetId: id,
      before: { languages: before.languages, defaultLocale: before.defaultLocale },
      after: data,
    });
  });
}
