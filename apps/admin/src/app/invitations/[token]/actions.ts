"use server";

import { getServerSession } from "next-auth";
import { database } from "@/lib/database";
import { acceptOperatorInvitation } from "@guestlist/domain/members";
import type { TNewOperatorDetails } from "@guestlist/domain/members/schemas";
import type { ActionResult } from "@/lib/action-result";
import { authOptions } from "@/lib/auth";
import { actionFailure } from "@/lib/errors/action-failure";

/** Signed in: join with this account. Not signed in: create the account the invitation is for, then join. */
export async function acceptInvitationAction(
  token: string,
  newOperator: TNewOperatorDetails | null,
): Promise<ActionResult<{ tenantSlug: string }>> {
  try {
    const session = await getServerSession(authOptions());
    const who = session?.operatorId
      ? { operatorId: session.operatorId }
      : newOperator
        ? { newOperator }
        : null;
    if (!who) return { ok: false, message: "Sign in, or create your account, to accept." };
    const { tenantSlug } = await acceptOperatorInvitation(database(), token, who);
    return { ok: true, message: "Invitation accepted.", data: { tenantSlug } };
  } catch (error) {
    return actionFailure(error);
  }
}
