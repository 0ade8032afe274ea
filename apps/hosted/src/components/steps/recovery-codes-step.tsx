import { useTranslations } from "next-intl";
import { PrimaryButton } from "../form-controls";
import { RecoveryCodeList } from "../recovery-code-list";

/** The recovery codes, shown once, to keep somewhere safe. */
export function RecoveryCodesStep({
  codes,
  saved,
}: {
  codes: string[];
  saved: () => Promise<void>;
}) {
  const t = useTranslations("recoveryCodesStep");
  return (
    <>
      <p className="mb-4 text-slate-700">{t("intro")}</p>
      <RecoveryCodeList codes={codes} />
      <form action={saved}>
        <PrimaryButton>{t("saved")}</PrimaryButton>
      </form>
    </>
  );
}
