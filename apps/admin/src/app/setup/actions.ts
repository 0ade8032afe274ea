"use server";

import { database } from "@/lib/database";
import { createFirstOperator } from "@guestlist/domain/operators";
import type { TCreateFirstOperatorInput } from "@guestlist/domain/operators/schemas";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure } from "@/lib/errors/action-failure";

export async function createFirstOperatorAction(
  input: TCreateFirstOperatorInput,
): Promise<ActionResult> {
  try {
    await createFirstOperator(database(), input);
    return { ok: true, message: "Administrator created." };
  } catch (error) {
    return actionFailure(error);
  }
}
