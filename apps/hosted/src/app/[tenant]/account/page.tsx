import type { Metadata } from "next";
import { accountPageData, type AccountPageProps } from "@/server/account-page-data";
import { AccountFrame, AccountSectionBlock } from "@/components/account/account-frame";
import { ProfileForm } from "@/components/account/profile-form";
import * as actions from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your details" };

const shown = (value: string | number | boolean | undefined) =>
  value === undefined || value === null || value === ""
    ? "Not given"
    : typeof value === "boolean"
      ? value
        ? "Yes"
        : "No"
      : String(value);

/** What the tenant holds about the person, and the answers they may correct. */
export default async function AccountPage(props: AccountPageProps) {
  const { tenant, account, notice } = await accountPageData(props, "");
  const editable = account.profile.fields.filter((field) => field.editable !== false);
  const readOnly = account.profile.fields.filter((field) => field.editable === false);
  return (
    <AccountFrame
      tenant={tenant}
      email={account.email}
      section=""
      title="Your details"
      notice={notice}
    >
      <AccountSectionBlock id="email-heading" title="Email address">
        <p className="break-all text-slate-900">{account.email}</p>
        <p className="mt-2">
          <a
            href={`/${tenant.slug}/account/email`}
            className="font-medium text-[var(--brand)] underline underline-offset-2 focus-visible:outline-3"
          >
            Change your email address
          </a>
        </p>
      </AccountSectionBlock>
      {readOnly.length > 0 ? (
        <AccountSectionBlock
          id="fixed-heading"
          title={`Set by ${tenant.brandingDisplayName ?? tenant.name}`}
        >
          <p className="mb-3 text-sm text-slate-600">
            You cannot change these here. Ask {tenant.brandingDisplayName ?? tenant.name} if one is
            wrong.
          </p>
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
      <AccountSectionBlock id="profile-heading" title="About you">
        {editable.length > 0 ? (
          <ProfileForm
            tenantSlug={tenant.slug}
            fields={editable}
            values={account.profile.values}
            action={actions.saveProfile.bind(null, tenant.slug)}
          />
        ) : (
          <p className="text-slate-700">There is nothing else to change here.</p>
        )}
      </AccountSectionBlock>
    </AccountFrame>
  );
}
