import { useTranslations } from "next-intl";

/**
 * An authenticator app's secret to set up: its QR code (inline SVG, no script,
 * no image request) and the key as apps show a key typed by hand, four
 * characters at a time.
 */
export function AuthenticatorAppSetup({
  secret,
  qrSvg,
  centred = false,
}: {
  secret: string;
  qrSvg: string;
  centred?: boolean;
}) {
  const t = useTranslations("enrolStep");
  return (
    <>
      <div
        role="img"
        aria-label={t("qrLabel")}
        className={`${centred ? "mx-auto mb-3" : ""} w-48 max-w-full`}
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p className={`${centred ? "mb-4 text-center" : ""} text-sm text-slate-700`}>
        {t("key")}{" "}
        <code dir="ltr" className="font-mono break-all select-all">
          {secret.match(/.{1,4}/g)?.join(" ") ?? secret}
        </code>
      </p>
    </>
  );
}
