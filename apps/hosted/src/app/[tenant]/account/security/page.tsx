import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("securityTitle") };
}

/** How the person signs in, which applications may use their account, and where they are signed in. */
export default async function SecurityPage(props: AccountPageProps) {
  const { tenant, holder, account, notice, language } = await accountPageData(props, "security");
  const t = await getTranslations("account");
  const format = await getFormatter();
  const day = (date: Date) =>
    format.dateTime(date, { day: "numeric", month: "long", year: "numeric" });
  const dayAndTime = (date: Date) =>
    `${format.dateTime(date, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })} UTC`;
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
      title={t("securityTitle")}
      notice={notice}
      language={language}
    >
      {account.passwordOffered || account.hasPassword ? (
        <AccountSectionBlock id="password-heading" title={t("passwordHeading")}>
          <TextFieldForm
            action={bind(actions.changePassword)}
            submitLabel={account.hasPassword ? t("changePassword") : t("addPassword")}
            fields={[
              ...(account.hasPassword
                ? [
                    {
                      name: "currentPassword",
                      label: t("currentPassword"),
                      type: "password" as const,
                      autoComplete: "current-password",
                    },
                  ]
                : []),
              {
                name: "newPassword",
                label: account.hasPassword ? t("newPassword") : t("password"),
                type: "password",
                autoComplete: "new-password",
                hint: t("passwordHint"),
              },
            ]}
          />
          {account.hasPassword ? (
            <div className="mt-4">
              {account.canRemovePassword ? (
                <ActionForm action={bind(actions.removePassword)} label={t("removePassword")} />
              ) : (
                <p className="text-sm text-slate-600">{t("onlyPassword")}</p>
              )}
            </div>
          ) : null}
        </AccountSectionBlock>
      ) : null}

      <AccountSectionBlock id="identities-heading" title={t("waysHeading")}>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {account.identities.map((identity) => (
            <li key={identity.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <p className="font-medium text-slate-900">
                  {identity.federated ? identity.providerName : t("yourEmail")}
                </p>
                <p className="text-sm text-slate-600">
                  {t("linkedOn", { date: day(identity.linkedAt) })}
                </p>
              </div>
              {identity.federated ? (
                identity.canUnlink ? (
                  <ActionForm
                    action={bind(actions.unlinkIdentity)}
                    hidden={{ identityId: identity.id }}
                    label={t("unlink", { provider: identity.providerName })}
                  />
                ) : (
                  <p className="text-sm text-slate-600">{t("onlyWay")}</p>
                )
              ) : null}
            </li>
          ))}
        </ul>
      </AccountSectionBlock>

      <AccountSectionBlock id="second-step-heading" title={t("secondStepHeading")}>
        <p className="mb-3 text-slate-700">{t("secondStepIntro")}</p>
        {account.secondFactors.length ? (
          <ul className="mb-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {account.secondFactors.map((factor) => (
              <li key={factor.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div>
                  <p className="font-medium text-slate-900">
                    {factor.name}
                    {factor.type === "PASSKEY" && factor.backedUp ? ` ${t("synced")}` : ""}
                  </p>
                  <p className="text-sm text-slate-600">
                    {t("addedOn", { date: day(factor.createdAt) })}
                    {factor.lastUsedAt
                      ? `, ${t("lastUsed", { when: dayAndTime(factor.lastUsedAt) })}`
                      : ""}
                  </p>
                </div>
                <ActionForm
                  action={bind(actions.removeSecondFactor)}
                  hidden={{ authenticatorId: factor.id }}
                  label={t("removeFactor", {
                    name: factor.name.toLowerCase(),
                    date: day(factor.createdAt),
                  })}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-slate-700">{t("noSecondStep")}</p>
        )}
        {account.secondFactors.length ? (
          <div className="mb-4">
            <p className="mb-2 text-slate-700">
              {t("recoveryCodesLeft", { count: account.recoveryCodesLeft })}
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
          <summary className="cursor-pointer font-medium text-slate-900">{t("addApp")}</summary>
          <div className="mt-3">
            <AuthenticatorAppForm
              action={bind(actions.addAuthenticatorApp)}
              offer={authenticatorOffer}
            />
          </div>
        </details>
      </AccountSectionBlock>

      <AccountSectionBlock id="apps-heading" title={t("appsHeading")}>
        {account.consents.length === 0 ? (
          <p className="text-slate-700">{t("noApps")}</p>
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
                    {t("allowedOn", {
                      date: day(consent.grantedAt),
                      scopes: consent.scopes.join(", "),
                    })}
                  </p>
                </div>
                <ActionForm
                  action={bind(actions.revokeConsent)}
                  hidden={{ clientId: consent.clientId }}
                  label={t("removeAccess", { app: consent.applicationName })}
                />
              </li>
            ))}
          </ul>
        )}
      </AccountSectionBlock>

      <AccountSectionBlock id="sessions-heading" title={t("sessionsHeading")}>
        <p className="mb-3 text-slate-700">
          {t("sessionsCount", { count: account.openSessions })} {t("signOutEverywhereHint")}
        </p>
        <ul className="mb-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {account.sessions.map((session, index) => (
            <li key={index} className="p-3">
              <p className="font-medium text-slate-900">
                {session.signedInAt
                  ? t("signedInAt", { when: dayAndTime(session.signedInAt) })
                  : t("signedIn")}
                {session.thisBrowser ? ` ${t("thisBrowser")}` : ""}
              </p>
              <p className="text-sm text-slate-600">
                {session.applications.length
                  ? t("usedWith", { apps: session.applications.join(", ") })
                  : t("usedWithAccountOnly")}
              </p>
            </li>
          ))}
        </ul>
        <form action={bind(actions.signOutOfEverything)}>
          <SecondaryButton>{t("signOutEverywhere")}</SecondaryButton>
        </form>
      </AccountSectionBlock>
    </AccountFrame>
  );
}
