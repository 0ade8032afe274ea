import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountPageData, type AccountPageProps } from "@/server/account-page-data";
import { AccountFrame, AccountSectionBlock } from "@/components/account/account-frame";
import { ActionForm } from "@/components/account/action-form";
import { TextFieldForm } from "@/components/account/text-field-form";
import { codeField } from "@/components/account/code-field";
import * as actions from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("dataTitle") };
}

/** A copy of everything held about the person, and the end of their account. */
export default async function DataPage(props: AccountPageProps) {
  const { tenant, account, notice, language } = await accountPageData(props, "data");
  const t = await getTranslations("account");
  const common = await getTranslations("common");
  const tenantName = tenant.brandingDisplayName ?? tenant.name;
  return (
    <AccountFrame
      tenant={tenant}
      email={account.email}
      section="data"
      title={t("dataTitle")}
      notice={notice}
      language={language}
    >
      <AccountSectionBlock id="download-heading" title={t("downloadHeading")}>
        <p className="mb-3 text-slate-700">{t("downloadIntro", { tenant: tenantName })}</p>
        <a
          href={`/${tenant.slug}/account/download`}
          download
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-[var(--brand)] bg-white px-4 py-2 font-medium text-[var(--brand)] focus-visible:outline-3"
        >
          {t("download")}
        </a>
      </AccountSectionBlock>

      <AccountSectionBlock id="delete-heading" title={t("deleteHeading")}>
        <p className="mb-3 text-slate-700 [overflow-wrap:anywhere]">
          {t("deleteIntro", { tenant: tenantName, email: account.email })}
        </p>
        {account.deletionRequested ? (
          <TextFieldForm
            action={actions.confirmDeletion.bind(null, tenant.slug)}
            submitLabel={t("deleteMine")}
            danger
            fields={[codeField(common("code"), t("deletionCodeHint"))]}
          />
        ) : (
          <ActionForm
            action={actions.requestAccountDeletion.bind(null, tenant.slug)}
            label={t("sendDeletionCode")}
            danger
          />
        )}
      </AccountSectionBlock>
    </AccountFrame>
  );
}
