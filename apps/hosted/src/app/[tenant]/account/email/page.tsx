import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountPageData, type AccountPageProps } from "@/server/account-page-data";
import { AccountFrame, AccountSectionBlock } from "@/components/account/account-frame";
import { TextFieldForm } from "@/components/account/text-field-form";
import { codeField } from "@/components/account/code-field";
import * as actions from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("emailTitle") };
}

/** A new address is proven with a code before it replaces the old one, which is told. */
export default async function EmailChangePage(props: AccountPageProps) {
  const { tenant, account, notice, language } = await accountPageData(props, "email");
  const t = await getTranslations("account");
  const common = await getTranslations("common");
  return (
    <AccountFrame
      tenant={tenant}
      email={account.email}
      section=""
      title={t("emailTitle")}
      notice={notice}
      language={language}
    >
      {account.pendingEmailChange ? (
        <AccountSectionBlock id="code-heading" title={t("confirmNewAddress")}>
          <TextFieldForm
            action={actions.confirmNewEmail.bind(null, tenant.slug)}
            submitLabel={t("confirmTheNewAddress")}
            fields={[
              codeField(
                common("code"),
                t("newAddressCodeHint", { email: account.pendingEmailChange }),
              ),
            ]}
          />
        </AccountSectionBlock>
      ) : null}
      <AccountSectionBlock
        id="new-email-heading"
        title={account.pendingEmailChange ? t("useAnotherAddress") : t("yourNewAddress")}
      >
        <p className="mb-3 text-sm text-slate-700">
          {t("newAddressIntro", { email: account.email })}
        </p>
        <TextFieldForm
          action={actions.requestEmailChange.bind(null, tenant.slug)}
          submitLabel={t("sendACode")}
          fields={[{ name: "email", label: t("newEmail"), type: "email", autoComplete: "email" }]}
        />
      </AccountSectionBlock>
      <p>
        <a
          href={`/${tenant.slug}/account`}
          className="font-medium text-[var(--brand)] underline underline-offset-2 focus-visible:outline-3"
        >
          {t("backToDetails")}
        </a>
      </p>
    </AccountFrame>
  );
}
