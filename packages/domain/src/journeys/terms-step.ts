import { AppError } from "../errors/app-error";
import {
  recordTermsAcceptances,
  termsAcceptanceValue,
  termsToAccept,
} from "../terms/current-terms";
import { sqlPool } from "../database/sql-pool";
import { TERMS_FIELD } from "../terms/terms-schemas";
import { completeGuestSignIn } from "./complete-guest-sign-in";
import { journeyForAction, updateJourney, withoutFlash } from "./journey-store";

/**
 * A returning person accepts the flow's terms versions they had not accepted:
 * the acceptances (with the time and their IP address) and the sign-in commit
 * together. The box's value names the versions the page showed, so a version
 * published in between is shown before it counts as accepted.
 */
export async function acceptTerms(input: {
  tenantSlug: string;
  uid: string;
  accepted: string;
  requestIp: string | null;
}): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "termsAccepted");
  const data = withoutFlash(journey.data);
  const flash = (message: string) =>
    updateJourney(journey, {
      data: { ...data, flash: { fieldErrors: { [TERMS_FIELD]: message } } },
    });
  if (!journey.guestUserId || !journey.userFlowId || !data.pendingSignIn)
    throw new AppError("forbidden", "There is no sign-in waiting for terms here.");
  const pending = await termsToAccept(
    sqlPool(),
    journey.tenantId,
    journey.userFlowId,
    journey.guestUserId,
  );
  if (!input.accepted) return flash(journey.text("messages.termsNotAccepted"));
  if (input.accepted !== termsAcceptanceValue(pending))
    return flash(journey.text("messages.termsChanged"));
  const guestUserId = journey.guestUserId;
  await completeGuestSignIn(journey, {
    guestUserId,
    data,
    method: data.pendingSignIn.method,
    settled: { terms: true },
    before: (sql) =>
      recordTermsAcceptances(
        sql,
        { tenantId: journey.tenantId, guestUserId, clientIp: input.requestIp },
        pending,
      ),
  });
}
