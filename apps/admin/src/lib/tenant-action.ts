import "server-only";
import { revalidatePath } from "next/cache";
import { getServerSession } from "next-auth";
import { ZodError } from "zod";
import { tenantAccess, type TenantAccess } from "@guestlist/domain/access";
import { getPrisma, type PrismaClient } from "@guestlist/domain/database";
import { createLogger } from "@guestlist/domain";
import { isAppError } from "@guestlist/domain/errors";
import type { ActionResult } from "./action-result";
import { authOptions } from "./auth";

const log = createLogger("admin");

/**
 * The admin's one transport wrapper: session, tenant membership (the domain
 * checks the role of each change), then the domain call; domain and
 * validation errors become messages for the form, anything else is logged and
 * reported as a generic failure.
 */
export async function tenantAction<T = undefined>(
  tenantSlug: string,
  run: (prisma: PrismaClient, access: TenantAccess) => Promise<{ message?: string; data?: T }>,
): Promise<ActionResult<T>> {
  const session = await getServerSession(authOptions());
  if (!session?.operatorId) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    const prisma = getPrisma();
    const access = await tenantAccess(prisma, session.operatorId, tenantSlug);
    const result = await run(prisma, access);
    revalidatePath(`/t/${tenantSlug}`, "layout");
    return { ok: true, ...result };
  } catch (error) {
    return failure(error);
  }
}

export function failure(error: unknown): {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string>;
} {
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
    return { ok: false, message: "Check the highlighted fields.", fieldErrors };
  }
  if (isAppError(error)) {
    const fieldErrors =
      error.details.fieldIssues &&
      Object.fromEntries(error.details.fieldIssues.map((i) => [i.path, i.message]));
    return { ok: false, message: error.message, fieldErrors };
  }
  log.error("admin action failed", { error });
  return {
    ok: false,
    message: "Something went wrong; nothing was changed. Try again, or check the server log.",
  };
}
