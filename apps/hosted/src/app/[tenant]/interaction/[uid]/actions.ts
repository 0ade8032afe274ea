"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError, isAppError } from "@guestlist/domain/errors";
import { attributeInputFromFormData } from "@guestlist/domain/flows";
import { database } from "@/lib/database";
import {
  acceptTerms,
  cancelJourney,
  changeJourneyLanguage,
  submitProfile,
  choosePassword,
  signInWithPassword,
  startPasswordChange,
  startPasswordReset,
  decideConsent,
  loadJourney,
  resendCode,
  submitAttributes,
  submitEmail,
  switchJourney,
  verifyCode,
  beginTotpEnrolment,
  confirmTotpEnrolment,
  finishPasskeyEnrolment,
  passkeyCheckOptions,
  passkeyEnrolmentOptions,
  passkeySignInOptions,
  saveRecoveryCodes,
  signInWithPasskey,
  skipSecondFactor,
  verifyPasskeyCheck,
  verifySecondFactorCode,
} from "@guestlist/domain/journeys";
import { startFederation, type FederationStart } from "@guestlist/domain/federation";
import { guestlistMetrics, secondsSince } from "@guestlist/domain/metrics";
import { TERMS_FIELD } from "@guestlist/domain/terms/schemas";
import { journeySettings } from "@/config";
import { CLIENT_IP_HEADER, VERIFIED_INTERACTION_HEADER } from "@/server/client-ip";
import { federationCookie } from "@/server/federation-binding";
import { LANGUAGE_COOKIE, languageCookieOptions } from "@/server/page-language";

const pagePath = (tenant: string, uid: string) => `/${tenant}/interaction/${uid}`;

/** A text field of a posted form; a file posted in its place counts as empty. */
function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Every step runs its domain function and then reloads the journey's page
 * (post/redirect/get), which shows the new state or the problem. Works the
 * same with JavaScript off. An expired or out-of-step journey just reloads:
 * the page explains where the user is. A step that sends the person to an
 * upstream provider goes there instead, its state bound to this browser.
 */
async function step(
  name: string,
  tenant: string,
  uid: string,
  run: () => Promise<FederationStart | null | void>,
): Promise<never> {
  const started = performance.now();
  let outcome = "ok";
  let federation: FederationStart | null | void = null;
  try {
    await assertOwnJourney(tenant, uid);
    federation = await run();
  } catch (error) {
    outcome = isAppError(error) ? error.code : "error";
    if (!isAppError(error) || !["not_found", "conflict", "forbidden"].includes(error.code))
      throw error;
  } finally {
    guestlistMetrics().journeySteps.observe({ step: name, outcome }, secondsSince(started));
  }
  if (federation) {
    const cookie = federationCookie(tenant, journeySettings().hostedBaseUrl);
    (await cookies()).set(cookie.name, federation.state, cookie.options);
    redirect(federation.url);
  }
  const journey = await loadJourney(database(), tenant, uid).catch(() => null);
  redirect(
    journey?.state === "COMPLETED" && journey.data.outcome
      ? `${pagePath(tenant, uid)}/complete`
      : pagePath(tenant, uid),
  );
}

/**
 * A server action's tenant and uid are bound arguments, which a client can
 * rewrite: it acts only when they name the journey whose interaction cookie
 * the hosted server checked for this very request.
 */
async function assertOwnJourney(tenant: string, uid: string): Promise<void> {
  const verified = (await headers()).get(VERIFIED_INTERACTION_HEADER);
  if (verified !== `${tenant}/${uid}`)
    throw new AppError("forbidden", "This form belongs to another sign-in.");
}

async function clientIp(): Promise<string | null> {
  return (await headers()).get(CLIENT_IP_HEADER) || null;
}

/** The language picker: the journey continues in the chosen language, and this browser's next journeys start in it. */
export async function changeLanguageAction(tenant: string, uid: string, form: FormData) {
  const locale = textField(form, "locale");
  return step("language", tenant, uid, async () => {
    if (await changeJourneyLanguage({ tenantSlug: tenant, uid, locale }))
      (await cookies()).set(
        LANGUAGE_COOKIE,
        locale,
        languageCookieOptions(journeySettings().hostedBaseUrl),
      );
  });
}

export async function submitEmailAction(tenant: string, uid: string, form: FormData) {
  const requestIp = await clientIp();
  return step("email", tenant, uid, () =>
    submitEmail(database(), journeySettings(), {
      tenantSlug: tenant,
      uid,
      email: textField(form, "email"),
      requestIp,
      botProof: textField(form, "altcha"),
    }),
  );
}

export async function verifyCodeAction(tenant: string, uid: string, form: FormData) {
  return step("code", tenant, uid, () =>
    verifyCode(database(), journeySettings(), {
      tenantSlug: tenant,
      uid,
      code: textField(form, "code"),
    }),
  );
}

export async function resendCodeAction(tenant: string, uid: string, form: FormData) {
  const requestIp = await clientIp();
  return step("resend_code", tenant, uid, () =>
    resendCode(database(), journeySettings(), {
      tenantSlug: tenant,
      uid,
      requestIp,
      botProof: textField(form, "altcha"),
    }),
  );
}

export async function submitProfileAction(tenant: string, uid: string, form: FormData) {
  return step("profile", tenant, uid, async () => {
    const journey = await loadJourney(database(), tenant, uid);
    await submitProfile(database(), {
      tenantSlug: tenant,
      uid,
      values: attributeInputFromFormData(form, journey.fields),
    });
  });
}

export async function acceptTermsAction(tenant: string, uid: string, form: FormData) {
  const requestIp = await clientIp();
  return step("terms", tenant, uid, () =>
    acceptTerms({ tenantSlug: tenant, uid, accepted: textField(form, TERMS_FIELD), requestIp }),
  );
}

export async function submitAttributesAction(tenant: string, uid: string, form: FormData) {
  const requestIp = await clientIp();
  return step("attributes", tenant, uid, async () => {
    const journey = await loadJourney(database(), tenant, uid);
    await submitAttributes(database(), journeySettings(), {
      tenantSlug: tenant,
      uid,
      values: attributeInputFromFormData(form, journey.fields),
      requestIp,
    });
  });
}

export async function consentAction(tenant: string, uid: string, form: FormData) {
  return step("consent", tenant, uid, () =>
    decideConsent({
      tenantSlug: tenant,
      uid,
      allow: form.get("decision") === "allow",
    }),
  );
}

export async function switchToSignUpAction(tenant: string, uid: string) {
  return step("switch", tenant, uid, () =>
    switchJourney({ tenantSlug: tenant, uid, to: "SIGN_UP" }),
  );
}

export async function switchToSignInAction(tenant: string, uid: string) {
  return step("switch", tenant, uid, () =>
    switchJourney({ tenantSlug: tenant, uid, to: "SIGN_IN" }),
  );
}

export async function startFederationAction(
  tenant: string,
  uid: string,
  identityProviderId: string,
) {
  return step("federation", tenant, uid, () =>
    startFederation(database(), journeySettings(), { tenantSlug: tenant, uid, identityProviderId }),
  );
}

export async function signInWithPasswordAction(tenant: string, uid: string, form: FormData) {
  const requestIp = await clientIp();
  return step("password", tenant, uid, () =>
    signInWithPassword(database(), {
      tenantSlug: tenant,
      uid,
      email: textField(form, "email"),
      password: textField(form, "password"),
      requestIp,
    }),
  );
}

export async function startPasswordResetAction(tenant: string, uid: string, form: FormData) {
  const requestIp = await clientIp();
  return step("password_reset", tenant, uid, () =>
    startPasswordReset(database(), journeySettings(), {
      tenantSlug: tenant,
      uid,
      email: textField(form, "email"),
      requestIp,
      botProof: textField(form, "altcha"),
    }),
  );
}

export async function startPasswordChangeAction(tenant: string, uid: string, form: FormData) {
  const requestIp = await clientIp();
  return step("password_change", tenant, uid, () =>
    startPasswordChange(database(), {
      tenantSlug: tenant,
      uid,
      email: textField(form, "email"),
      password: textField(form, "password"),
      requestIp,
    }),
  );
}

export async function choosePasswordAction(tenant: string, uid: string, form: FormData) {
  return step("choose_password", tenant, uid, () =>
    choosePassword(database(), {
      tenantSlug: tenant,
      uid,
      password: textField(form, "password"),
    }),
  );
}

export async function cancelAction(tenant: string, uid: string) {
  return step("cancel", tenant, uid, () => cancelJourney({ tenantSlug: tenant, uid }));
}

export async function verifySecondFactorAction(tenant: string, uid: string, form: FormData) {
  return step("second_factor", tenant, uid, () =>
    verifySecondFactorCode(journeySettings(), {
      tenantSlug: tenant,
      uid,
      code: textField(form, "code"),
    }),
  );
}

export async function beginTotpEnrolmentAction(tenant: string, uid: string) {
  return step("totp_enrolment", tenant, uid, () =>
    beginTotpEnrolment(journeySettings(), { tenantSlug: tenant, uid }),
  );
}

export async function confirmTotpEnrolmentAction(tenant: string, uid: string, form: FormData) {
  return step("totp_enrolment", tenant, uid, () =>
    confirmTotpEnrolment(journeySettings(), {
      tenantSlug: tenant,
      uid,
      code: textField(form, "code"),
    }),
  );
}

export async function skipSecondFactorAction(tenant: string, uid: string) {
  return step("second_factor_skipped", tenant, uid, () =>
    skipSecondFactor({ tenantSlug: tenant, uid }),
  );
}

export async function saveRecoveryCodesAction(tenant: string, uid: string) {
  return step("recovery_codes", tenant, uid, () => saveRecoveryCodes({ tenantSlug: tenant, uid }));
}

export type PasskeyPurpose = "check" | "enrol" | "sign-in";

/**
 * The WebAuthn options for the page's passkey button (JavaScript calls this,
 * then the browser's passkey dialog): for the second factor, for setting one
 * up, or for signing in with one alone. A refusal is said, not thrown.
 */
export async function passkeyOptionsAction(
  tenant: string,
  uid: string,
  purpose: PasskeyPurpose,
): Promise<{ options: unknown } | { message: string }> {
  try {
    await assertOwnJourney(tenant, uid);
    const settings = journeySettings();
    const input = { tenantSlug: tenant, uid };
    const options =
      purpose === "check"
        ? await passkeyCheckOptions(settings, input)
        : purpose === "enrol"
          ? await passkeyEnrolmentOptions(settings, input)
          : await passkeySignInOptions(settings, input);
    return { options };
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
}

/** The browser's answer to those options; the page then shows where the journey is. */
export async function passkeyAnswerAction(
  tenant: string,
  uid: string,
  purpose: PasskeyPurpose,
  response: unknown,
) {
  return step(`passkey_${purpose}`, tenant, uid, async () => {
    const settings = journeySettings();
    const input = { tenantSlug: tenant, uid, response };
    if (purpose === "check") return verifyPasskeyCheck(settings, input);
    if (purpose === "enrol") return finishPasskeyEnrolment(settings, input);
    return signInWithPasskey(settings, input);
  });
}
