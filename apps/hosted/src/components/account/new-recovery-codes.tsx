import { useTranslations } from "next-intl";
import { RecoveryCodeList } from "../recovery-code-list";

/** After a change that made recovery codes: what was done, and the codes, once. */
export function NewRecoveryCodes({ done, codes }: { done: string; codes?: string[] }) {
  const t = useTranslations("account");
  return (
    <div role="status">
      <p className="mb-3 font-medium text-slate-900">{done}</p>
      {codes?.length ? (
        <>
          <p className="mb-3 text-slate-700">{t("newCodesIntro")}</p>
          <RecoveryCodeList codes={codes} />
        </>
      ) : null}
    </div>
  );
}
