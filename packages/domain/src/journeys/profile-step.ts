import { localisedFields } from "../i18n/localised-fields";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { buildAttributeFormSchema, fieldErrorsOf } from "../flows/attribute-form";
import { completeGuestSignIn } from "./complete-guest-sign-in";
import { journeyForAction, updateJourney, withoutFlash } from "./journey-store";
import { missingProfileFields, saveProfileAnswers } from "./missing-profile";

/**
 * A returning person answers the flow's required questions they never
 * answered (progressive profiling): checked with the same schema as at
 * sign-up, stored with the sign-in in one transaction. Questions answered
 * meanwhile (in another tab) are no longer asked.
 */
export async function submitProfile(
  prisma: PrismaClient,
  input: { tenantSlug: string; uid: string; values: Record<string, unknown> },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "profileCompleted");
  const data = withoutFlash(journey.data);
  if (!journey.guestUserId || !journey.userFlowId || !data.pendingSignIn)
    throw new AppError("forbidden", "There is no sign-in waiting for answers here.");
  const guestUserId = journey.guestUserId;
  const fields = await missingProfileFields(
    prisma,
    journey.tenantId,
    journey.userFlowId,
    guestUserId,
  );
  const parsed = buildAttributeFormSchema(
    localisedFields(fields, journey.text, journey.userFlow?.strings),
    journey.text,
  ).safeParse(input.values);
  if (!parsed.success) {
    await updateJourney(journey, {
      data: { ...data, flash: { fieldErrors: fieldErrorsOf(parsed.error), values: input.values } },
    });
    return;
  }
  await completeGuestSignIn(journey, {
    guestUserId,
    data,
    method: data.pendingSignIn.method,
    settled: { terms: true, profile: true },
    before: (sql) =>
      saveProfileAnswers(sql, { tenantId: journey.tenantId, guestUserId }, parsed.data),
  });
}
