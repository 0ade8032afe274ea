"use server";

import { revalidatePath } from "next/cache";
import { getServerSession } from "next-auth";
import { database } from "@/lib/database";
import { createTenantAsOperator } from "@guestlist/domain/tenants";
import type { TCreateTenantInput } from "@guestlist/domain/tenants/schemas";
import type { ActionResult } from "../lib/action-result";
import { authOptions } from "../lib/auth";
import { actionFailure } from "../lib/errors/action-failure";

export async function createTenantAction(
  input: TCreateTenantInput,
): Promise<ActionResult<{ slug: string }>> {
  const session = await getServerSession(authOptions());
  if (!session?.operatorId) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    const tenant = await createTenantAsOperator(database(), session.operatorId, input);
    revalidatePath("/");
    return { ok: true, message: `Tenant ${tenant.name} created.`, data: { slug: tenant.slug } };
  } catch (error) {
    return actionFailure(error);
  }
}
