import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { tenantAccess, type TenantAccess } from "@guestlist/domain/access";
import { database } from "./database";
import { isAppError } from "@guestlist/domain/errors";
import { authOptions } from "./auth";

/** The signed-in operator's id, or a redirect to the sign-in page. */
export async function requireOperator(): Promise<string> {
  const session = await getServerSession(authOptions());
  if (!session?.operatorId) redirect("/sign-in");
  return session.operatorId;
}

/** The operator's access to a tenant for a page; a tenant they are not a member of is a 404. */
export async function requireTenant(slug: string): Promise<TenantAccess> {
  const operatorId = await requireOperator();
  try {
    return await tenantAccess(database(), operatorId, slug);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
