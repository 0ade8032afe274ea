"use server";

import {
  createUserAttribute,
  deleteUserAttribute,
  updateUserAttribute,
} from "@guestlist/domain/attributes";
import type {
  TCreateUserAttributeInput,
  TUpdateUserAttributeInput,
} from "@guestlist/domain/attributes/schemas";
import { tenantAction } from "@/lib/tenant-action";

export async function createAttributeAction(tenant: string, input: TCreateUserAttributeInput) {
  return tenantAction(tenant, async (prisma, access) => {
    const attribute = await createUserAttribute(prisma, access, input);
    return { message: `Attribute ${attribute.name} created.` };
  });
}

export async function updateAttributeAction(
  tenant: string,
  id: string,
  input: TUpdateUserAttributeInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateUserAttribute(prisma, access, id, input);
    return { message: "Attribute saved." };
  });
}

export async function deleteAttributeAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await deleteUserAttribute(prisma, access, id);
    return { message: "Attribute deleted." };
  });
}
