"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { PrimaryButton } from "@/components/form-controls";

/** Posts itself once the page is interactive; without JavaScript the person presses Continue. */
export function AutoPostForm({ url, fields }: { url: string; fields: Record<string, string> }) {
  const t = useTranslations("common");
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.submit(), []);
  return (
    <form ref={form} method="post" action={url}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <PrimaryButton>{t("continue")}</PrimaryButton>
    </form>
  );
}
