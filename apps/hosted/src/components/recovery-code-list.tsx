import { useTranslations } from "next-intl";

/** Recovery codes, shown once: two columns, each code selectable on its own. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  const t = useTranslations("recoveryCodesStep");
  return (
    <ol
      aria-label={t("listLabel")}
      dir="ltr"
      className="mb-6 grid grid-cols-2 gap-2 rounded-lg bg-slate-100 p-4 font-mono text-slate-900"
    >
      {codes.map((code) => (
        <li key={code} className="select-all">
          {code}
        </li>
      ))}
    </ol>
  );
}
