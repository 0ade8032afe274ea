"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isAppError } from "@guestlist/domain/errors";
import { attributeInputFromFormData } from "@guestlist/domain/flows";
import {
  changeMyPassword,
  confirmAccountDeletion,
  confirmEmailChange,
  myEditableFields,
  removeMyPassword,
  revokeMyConsent,
  signOutEverywhere,
  startAccountDeletion,
  startEmailChange,
  unlinkMyIdentity,
  updateMyProfile,
  addMyAuthenticatorApp,
  addMyPasskey,
  myPasskeyOptions,
  removeMySecondFactor,
  renewMyRecoveryCodes,
  changeMyLanguage,
} from "@guestlist/domain/my-account";
import { personMessage, textFor } from "@guestlist/domain/i18n";
import { LANGUAGE_COOKIE, languageCookieOptions } from "@/server/page-language";
import { accountPageSettings, journeySettings } from "@/config";
import { database } from "@/lib/database";
import {
  accountPageOf,
  accountPagePath,
  requireAccount,
  type AccountContext,
  type AccountPage,
} from "@/server/account-context";
import { accountCookies } from "@/server/account-session";
import type { AccountFormState } from "@/components/account/account-form-state";
import type { AccountNotice } from "@/components/account/account-notices";

/** A text field of a posted form; a file posted in its place counts as empty. */
function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Every account action: the signed-in person (or off to sign in), the use
 * case, then either back to the page with what it said (post/redirect/get,
 * so a reload repeats nothing) or the problem shown on the form. A domain
 * refusal (a conflict, something not found or not allowed) is said on the
 * form; anything else is a real error.
 */
async function act(
  tenant: string,
  run: (account: AccountContext) => Promise<AccountFormState | { done: string }>,
): Promise<AccountFormState> {
  const account = await requireAccount(tenant);
  let result: AccountFormState | { done: string };
  try {
    result = await run(account);
  } catch (error) {
    if (isAppError(error) && error.code === "unauthenticated")
      redirect(`/${tenant}/account/sign-in`);
    if (
      !isAppError(error) ||
      !["conflict", "not_found", "forbidden", "invalid_input"].includes(error.code)
    )
      throw error;
    return { status: "invalid", message: personMessage(error, textFor(account.holder.locale)) };
  }
  if ("done" in result) redirect(result.done);
  return result;
}

const done = (tenant: string, page: AccountPage, notice: AccountNotice) => ({
  done: `${accountPagePath(tenant, page)}?done=${notice}`,
});

export async function saveProfile(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    const values = attributeInputFromFormData(form, await myEditableFields(database(), holder));
    const result = await updateMyProfile(database(), journeySettings(), holder, values);
    if (result.status === "saved") return done(tenant, "", "profile-saved");
    return { ...result, values };
  });
}

export async function changePassword(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    const result = await changeMyPassword(database(), holder, {
      currentPassword: textField(form, "currentPassword"),
      newPassword: textField(form, "newPassword"),
    });
    if (result.status === "saved")
      return done(tenant, "security", result.added ? "password-added" : "password-changed");
    return result;
  });
}

export async function removePassword(
  tenant: string,
  _previous: AccountFormState,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    await removeMyPassword(database(), holder);
    return done(tenant, "security", "password-removed");
  });
}

export async function unlinkIdentity(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    await unlinkMyIdentity(database(), holder, textField(form, "identityId"));
    return done(tenant, "security", "identity-unlinked");
  });
}

export async function revokeConsent(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    await revokeMyConsent(database(), holder, textField(form, "clientId"));
    return done(tenant, "security", "consent-revoked");
  });
}

/** The account page's language picker: the person's language, kept on their account and in this browser. */
export async function changeMyLanguageAction(tenant: string, form: FormData): Promise<void> {
  const { holder } = await requireAccount(tenant);
  const locale = textField(form, "locale");
  const page = accountPageOf(textField(form, "page"));
  if (!(await changeMyLanguage(holder, locale))) redirect(accountPagePath(tenant, page));
  (await cookies()).set(
    LANGUAGE_COOKIE,
    locale,
    languageCookieOptions(journeySettings().hostedBaseUrl),
  );
  redirect(`${accountPagePath(tenant, page)}?done=language-changed`);
}

export async function signOutOfEverything(tenant: string): Promise<void> {
  const { holder, tenant: row } = await requireAccount(tenant);
  await signOutEverywhere(database(), holder);
  await forgetAccountSession(row.slug);
  redirect(`/${row.slug}/account/signed-out?reason=everywhere`);
}

export async function requestEmailChange(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    const email = textField(form, "email");
    const result = await startEmailChange(database(), journeySettings(), holder, email);
    if (result.status === "sent") return done(tenant, "email", "email-code-sent");
    return { status: "invalid", fieldErrors: { email: result.message }, values: { email } };
  });
}

export async function confirmNewEmail(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    const result = await confirmEmailChange(journeySettings(), holder, textField(form, "code"));
    if (result.status === "changed") return done(tenant, "", "email-changed");
    return { status: "invalid", fieldErrors: { code: result.message } };
  });
}

export async function requestAccountDeletion(
  tenant: string,
  _previous: AccountFormState,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    const refused = await startAccountDeletion(database(), journeySettings(), holder);
    if (refused) return { status: "invalid", message: refused };
    return done(tenant, "data", "deletion-code-sent");
  });
}

export async function confirmDeletion(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  const result = await act(tenant, async ({ holder }) => {
    const outcome = await confirmAccountDeletion(
      database(),
      journeySettings(),
      holder,
      textField(form, "code"),
    );
    if (outcome.status === "deleted") return { status: "saved" };
    return { status: "invalid", fieldErrors: { code: outcome.message } };
  });
  if (result.status !== "saved") return result;
  await forgetAccountSession(tenant);
  redirect(`/${tenant}/account/signed-out?reason=deleted`);
}

async function forgetAccountSession(tenant: string): Promise<void> {
  const session = accountCookies(tenant, accountPageSettings().hostedBaseUrl).session;
  (await cookies()).delete({ name: session.name, path: session.options.path });
}

export async function addAuthenticatorApp(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    const result = await addMyAuthenticatorApp(journeySettings().encryptionKey, holder, {
      sealedSecret: textField(form, "sealedSecret"),
      code: textField(form, "code"),
    });
    if (result.status === "invalid") return result;
    revalidatePath(accountPagePath(tenant, "security"));
    return { status: "saved", recoveryCodes: result.recoveryCodes };
  });
}

export async function removeSecondFactor(
  tenant: string,
  _previous: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    await removeMySecondFactor(holder, textField(form, "authenticatorId"));
    return done(tenant, "security", "second-factor-removed");
  });
}

export async function renewRecoveryCodes(
  tenant: string,
  _previous: AccountFormState,
): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    const recoveryCodes = await renewMyRecoveryCodes(holder);
    revalidatePath(accountPagePath(tenant, "security"));
    return { status: "saved", recoveryCodes };
  });
}

const PASSKEY_CHALLENGE_COOKIE = "guestlist-account-passkey";

/** Registration options for a new passkey; its challenge waits in a short-lived cookie of this browser. */
export async function passkeyOptions(
  tenant: string,
): Promise<{ options: unknown } | { message: string }> {
  const { holder } = await requireAccount(tenant);
  const options = await myPasskeyOptions(journeySettings().hostedBaseUrl, holder);
  (await cookies()).set(PASSKEY_CHALLENGE_COOKIE, options.challenge, {
    httpOnly: true,
    sameSite: "strict",
    secure: journeySettings().hostedBaseUrl.startsWith("https:"),
    path: accountPagePath(tenant, "security"),
    maxAge: 300,
  });
  return { options };
}

/** The browser made the passkey: checked against that challenge, which is then spent. */
export async function addPasskey(tenant: string, response: unknown): Promise<AccountFormState> {
  return act(tenant, async ({ holder }) => {
    const jar = await cookies();
    const challenge = jar.get(PASSKEY_CHALLENGE_COOKIE)?.value ?? "";
    jar.delete({ name: PASSKEY_CHALLENGE_COOKIE, path: accountPagePath(tenant, "security") });
    const { recoveryCodes } = await addMyPasskey(journeySettings().hostedBaseUrl, holder, {
      challenge,
      response,
    });
    revalidatePath(accountPagePath(tenant, "security"));
    return { status: "saved", recoveryCodes };
  });
}
