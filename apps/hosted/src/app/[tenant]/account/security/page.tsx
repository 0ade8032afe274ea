import type { Metadata } from "next";
import { accountPageData, type AccountPageProps } from "@/server/account-page-data";
import { AccountFrame, AccountSectionBlock } from "@/components/account/account-frame";
import { ActionForm } from "@/components/account/action-form";
import { TextFieldForm } from "@/components/account/text-field-form";
import { SecondaryButton } from "@/components/form-controls";
import * as actions from "../actions";
import { offerMyAuthenticatorApp } from "@guestlist/domain/my-account";
import { journeySettings } from "@/config";
import { AuthenticatorAppForm } from "@/components/account/authenticator-app-form";
import { PasskeyAdder } from "@/components/account/passkey-adder";
import { RenewRecoveryCodesForm } from "@/components/account/renew-recovery-codes-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign-in and security" };

const day = (date: Date) =>
  date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
const dayAndTime = (date: Date) =>
  `${day(date)}, ${date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;

/** How the person signs in, which applications may use their account, and where they are signed in. */
export default async function SecurityPage(props: AccountPageProps) {
  const { tenant, holder, account, notice } = await accountPageData(props, "security");
  // Each view offers a fresh secret, sealed into the form; nothing is stored until a code confirms it.
  const authenticatorOffer = await offerMyAuthenticatorApp(
    journeySettings().encryptionKey,
    holder,
    {
      issuer: tenant.brandingDisplayName ?? tenant.name,
      email: account.email,
    },
  );
  const bind = <A extends unknown[], R>(
    action: (tenant: string, ...rest: A) => R,
  ): ((...rest: A) => R) => action.bind(null, tenant.slug);
  return (
    <AccountFrame
      tenant={tenant}
      email={account.email}
      section="security"
      title="Sign-in and security"
      notice={notice}
    >
      {account.passwordOffered || account.hasPassword ? (
        <AccountSectionBlock id="password-heading" title="Password">
          <TextFieldForm
            action={bind(actions.changePassword)}
            submitLabel={account.hasPassword ? "Change your password" : "Add a password"}
            fields={[
              ...(account.hasPassword
                ? [
                    {
                      name: "currentPassword",
                      label: "Current password",
                      type: "password" as const,
                      autoComplete: "current-password",
                    },
                  ]
                : []),
              {
                name: "newPassword",
                label: account.hasPassword ? "New password" : "Password",
                type: "password",
                autoComplete: "new-password",
                hint: "At least 8 characters; 15 or more is better. Not a common password.",
              },
            ]}
          />
          {account.hasPassword ? (
            <div className="mt-4">
              {account.canRemovePassword ? (
                <ActionForm action={bind(actions.removePassword)} label="Remove your password" />
              ) : (
                <p className="text-sm text-slate-600">
                  Your password is your only way to sign in, so it cannot be removed.
                </p>
              )}
            </div>
          ) : null}
        </AccountSectionBlock>
      ) : null}

      <AccountSectionBlock id="identities-heading" title="Ways you sign in">
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {account.identities.map((identity) => (
            <li key={identity.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <p className="font-medium text-slate-900">
                  {identity.federated ? identity.providerName : "Your email address"}
                </p>
                <p className="text-sm text-slate-600">Linked on {day(identity.linkedAt)}</p>
              </div>
              {identity.federated ? (
                identity.canUnlink ? (
                  <ActionForm
                    action={bind(actions.unlinkIdentity)}
                    hidden={{ identityId: identity.id }}
                    label={`Unlink ${identity.providerName}`}
                  />
                ) : (
                  <p className="text-sm text-slate-600">Your only way to sign in</p>
                )
              ) : null}
            </li>
          ))}
        </ul>
      </AccountSectionBlock>

      <AccountSectionBlock id="second-step-heading" title="Second step">
        <p className="mb-3 text-slate-700">
          A passkey or an authenticator app, asked for after your email code, password or
          organisation sign-in, so that those alone are not enough to get into your account.
        </p>
        {account.secondFactors.length ? (
          <ul className="mb-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {account.secondFactors.map((factor) => (
              <li key={factor.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div>
                  <p className="font-medium text-slate-900">
                    {factor.name}
                    {factor.type === "PASSKEY" && factor.backedUp ? " (synced)" : ""}
                  </p>
                  <p className="text-sm text-slate-600">
                    Added on {day(factor.createdAt)}
                    {factor.lastUsedAt ? `, last used ${dayAndTime(factor.lastUsedAt)}` : ""}
                  </p>
                </div>
                <ActionForm
                  action={bind(actions.removeSecondFactor)}
                  hidden={{ authenticatorId: factor.id }}
                  label={`Remove ${factor.name.toLowerCase()} added on ${day(factor.createdAt)}`}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-slate-700">You have not set up a second step.</p>
        )}
        {account.secondFactors.length ? (
          <div className="mb-4">
            <p className="mb-2 text-slate-700">
              {account.recoveryCodesLeft === 1
                ? "You have 1 recovery code left."
                : `You have ${account.recoveryCodesLeft} recovery codes left.`}
            </p>
            <RenewRecoveryCodesForm action={bind(actions.renewRecoveryCodes)} />
          </div>
        ) : null}
        <div className="mb-4 max-w-sm">
          <PasskeyAdder
            options={actions.passkeyOptions.bind(null, tenant.slug)}
            answer={actions.addPasskey.bind(null, tenant.slug)}
          />
        </div>
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium text-slate-900">
            Add an authenticator app
          </summary>
          <div className="mt-3">
            <AuthenticatorAppForm
              action={bind(actions.addAuthenticatorApp)}
              offer={authenticatorOffer}
            />
          </div>
        </details>
      </AccountSectionBlock>

      <AccountSectionBlock id="apps-heading" title="Applications you allowed">
        {account.consents.length === 0 ? (
          <p className="text-slate-700">
            You have not allowed any application to use your account.
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {account.consents.map((consent) => (
              <li
                key={consent.clientId}
                className="flex flex-wrap items-center justify-between gap-3 p-3"
              >
                <div>
                  <p className="font-medium text-slate-900">{consent.applicationName}</p>
                  <p className="text-sm text-slate-600">
                    Allowed on {day(consent.grantedAt)}: {consent.scopes.join(", ")}
                  </p>
                </div>
                <ActionForm
                  action={bind(actions.revokeConsent)}
                  hidden={{ clientId: consent.clientId }}
                  label={`Remove access for ${consent.applicationName}`}
                />
              </li>
            ))}
          </ul>
        )}
      </AccountSectionBlock>

      <AccountSectionBlock id="sessions-heading" title="Where you are signed in">
        <p className="mb-3 text-slate-700">
          {account.openSessions === 1
            ? "You are signed in in one browser: this one."
            : `You are signed in in ${account.openSessions} browsers, this one included.`}{" "}
          Signing out everywhere ends them all, and every application will ask you to sign in again.
        </p>
        <ul className="mb-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {account.sessions.map((session, index) => (
            <li key={index} className="p-3">
              <p className="font-medium text-slate-900">
                {session.signedInAt ? `Signed in ${dayAndTime(session.signedInAt)}` : "Signed in"}
                {session.thisBrowser ? " (this browser)" : ""}
              </p>
              <p className="text-sm text-slate-600">
                {session.applications.length
                  ? `Used with ${session.applications.join(", ")}`
                  : "Used with this account page only"}
              </p>
            </li>
          ))}
        </ul>
        <form action={bind(actions.signOutOfEverything)}>
          <SecondaryButton>Sign out everywhere</SecondaryButton>
        </form>
      </AccountSectionBlock>
    </AccountFrame>
  );
}
