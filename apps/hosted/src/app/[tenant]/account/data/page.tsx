import type { Metadata } from "next";
import { accountPageData, type AccountPageProps } from "@/server/account-page-data";
import { AccountFrame, AccountSectionBlock } from "@/components/account/account-frame";
import { ActionForm } from "@/components/account/action-form";
import { TextFieldForm } from "@/components/account/text-field-form";
import { codeField } from "@/components/account/code-field";
import * as actions from "../actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your data" };

/** A copy of everything held about the person, and the end of their account. */
export default async function DataPage(props: AccountPageProps) {
  const { tenant, account, notice } = await accountPageData(props, "data");
  const tenantName = tenant.brandingDisplayName ?? tenant.name;
  return (
    <AccountFrame
      tenant={tenant}
      email={account.email}
      section="data"
      title="Your data"
      notice={notice}
    >
      <AccountSectionBlock id="download-heading" title="Download your data">
        <p className="mb-3 text-slate-700">
          One file (JSON) with everything {tenantName} holds about you: your details, how you sign
          in, the applications you allowed, the terms you accepted and your sign-in history.
        </p>
        <a
          href={`/${tenant.slug}/account/download`}
          download
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-[var(--brand)] bg-white px-4 py-2 font-medium text-[var(--brand)] focus-visible:outline-3"
        >
          Download your data
        </a>
      </AccountSectionBlock>

      <AccountSectionBlock id="delete-heading" title="Delete your account">
        <p className="mb-3 text-slate-700">
          This removes your account and everything {tenantName} holds about you, and signs you out
          of every application. It cannot be undone. To be sure it is you, we send a code to{" "}
          <span className="break-all">{account.email}</span> first.
        </p>
        {account.deletionRequested ? (
          <TextFieldForm
            action={actions.confirmDeletion.bind(null, tenant.slug)}
            submitLabel="Delete my account"
            danger
            fields={[codeField("The 6-digit code we sent you. It expires in 10 minutes.")]}
          />
        ) : (
          <ActionForm
            action={actions.requestAccountDeletion.bind(null, tenant.slug)}
            label="Send me a code to delete my account"
            danger
          />
        )}
      </AccountSectionBlock>
    </AccountFrame>
  );
}
