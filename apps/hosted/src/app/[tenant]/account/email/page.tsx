import type { Metadata } from "next";
import { accountPageData, type AccountPageProps } from "@/server/account-page-data";
import { AccountFrame, AccountSectionBlock } from "@/components/account/account-frame";
import { TextFieldForm } from "@/components/account/text-field-form";
import { codeField } from "@/components/account/code-field";
import * as actions from "../actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Change your email address" };

/** A new address is proven with a code before it replaces the old one, which is told. */
export default async function EmailChangePage(props: AccountPageProps) {
  const { tenant, account, notice } = await accountPageData(props, "email");
  return (
    <AccountFrame
      tenant={tenant}
      email={account.email}
      section=""
      title="Change your email address"
      notice={notice}
    >
      {account.pendingEmailChange ? (
        <AccountSectionBlock id="code-heading" title="Confirm your new address">
          <TextFieldForm
            action={actions.confirmNewEmail.bind(null, tenant.slug)}
            submitLabel="Confirm the new address"
            fields={[
              codeField(
                `The 6-digit code we sent to ${account.pendingEmailChange}. It expires in 10 minutes.`,
              ),
            ]}
          />
        </AccountSectionBlock>
      ) : null}
      <AccountSectionBlock
        id="new-email-heading"
        title={account.pendingEmailChange ? "Use another address" : "Your new address"}
      >
        <p className="mb-3 text-sm text-slate-700">
          We will send a code to the new address. Your address stays {account.email} until you enter
          it, and we will tell that address about the change.
        </p>
        <TextFieldForm
          action={actions.requestEmailChange.bind(null, tenant.slug)}
          submitLabel="Send a code"
          fields={[
            { name: "email", label: "New email address", type: "email", autoComplete: "email" },
          ]}
        />
      </AccountSectionBlock>
      <p>
        <a
          href={`/${tenant.slug}/account`}
          className="font-medium text-[var(--brand)] underline underline-offset-2 focus-visible:outline-3"
        >
          Back to your details
        </a>
      </p>
    </AccountFrame>
  );
}
