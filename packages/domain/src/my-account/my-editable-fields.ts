import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { AttributeField } from "../flows/attribute-form";
import type { AccountHolder } from "./account-holder";
import { ACCOUNT_GONE, profileFieldsOf } from "./my-account-view";

/** The questions the person may answer again on their account page: what their posted form is read against. */
export async function myEditableFields(
  prisma: PrismaClient,
  holder: AccountHolder,
): Promise<AttributeField[]> {
  const guest = await prisma.guestUser.findFirst({
    where: { id: holder.guestUserId, tenantId: holder.tenantId, status: "ACTIVE" },
    select: { userFlowId: true },
  });
  if (!guest) throw new AppError("unauthenticated", ACCOUNT_GONE);
  return (await profileFieldsOf(prisma, holder, guest.userFlowId)).filter(
    (field) => field.editable !== false,
  );
}
