import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountPageData, type AccountPageProps } from "@/server/account-page-data";
import { AccountFrame, AccountSectionBlock } from "@/components/account/account-frame";
import { ProfileForm } from "@/components/account/profile-form";
import * as actions from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("detailsTitle") };
}

/** What the tenant holds about the person, and the answers they may correct. */
export default async function AccountPage(props: AccountPageProps) {
  const { tenant, account, notice, language } = await accountPageData(props, "");
  const t = await getTranslations("account");
  const shown = (value: string | number | boolean | undefined) =>
    value === undefined || value === null || value === ""
      ? t("notGiven")
      : typeof value === "boolean"
        ? value
          ? t("yes")
          : t("no")
        : String(value);
  const tenantName = tenant.brandingDisplayName ?? tenant.name;
  const editable = account.profile.fields.filter((field) => field.editable !== false);
  const readOnly = account.profile.fields.filter((field) => field.editable === false);
  return (
    <AccountFrame
      tenant={tenant}
      email={account.email}
      section=""
      title={t("detailsTitle")}
      notice={notice}
      language={language}
    >
      <AccountSectionBlock id="email-heading" title={t("emailHeading")}>
        <p className="break-all text-slate-900" dir="ltr">
          {account.email}
        </p>
        <p className="mt-2">
          <a
            href={`/${tenant.slug}/account/email`}
            className="font-medium text-[var(--brand)] underline underline-offset-2 focus-visible:outline-3"
          >
            {t("changeEmail")}
          </a>
        </p>
      </AccountSectionBlock>
      {readOnly.length > 0 ? (
        <AccountSectionBlock id="fixed-heading" title={t("setBy", { tenant: tenantName })}>
          <p className="mb-3 text-sm text-slate-600">{t("setByHint", { tenant: tenantName })}</p>
          <dl className="space-y-3">
            {readOnly.map((field) => (
              <div key={field.name}>
                <dt className="text-sm font-medium text-slate-700">{field.label}</dt>
                <dd className="text-slate-900">{shown(account.profile.values[field.name])}</dd>
              </div>
            ))}
          </dl>
        </AccountSectionBlock>
      ) : null}
      <AccountSectionBlock id="profile-heading" title={t("aboutYou")}>
        {editable.length > 0 ? (
          <ProfileForm
            tenantSlug={tenant.slug}
            fields={editable}
            values={account.profile.values}
            action={actions.saveProfile.bind(null, tenant.slug)}
          />
        ) : (
          <p className="text-slate-700">{t("nothingToChange")}</p>
        )}
      </AccountSectionBlock>
    </AccountFrame>
  );
}
