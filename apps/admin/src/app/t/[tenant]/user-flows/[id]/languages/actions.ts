"use server";

import { replaceFlowTexts, updateFlowLanguages } from "@guestlist/domain/flows";
import type { TFlowLanguagesInput, TFlowTexts } from "@guestlist/domain/flows/schemas";
import { isLocale } from "@guestlist/domain/i18n/locales";
import type { ActionResult } from "@/lib/action-result";
import { tenantAction } from "@/lib/tenant-action";

export async function saveFlowLanguagesAction(
  tenant: string,
  id: string,
  input: TFlowLanguagesInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateFlowLanguages(prisma, access, id, input);
    return { message: "Languages saved." };
  });
}

/** A form's result, with what was sent when it failed: React resets a form after its action, and the page writes these back. */
export type SubmittedResult = ActionResult & { submitted?: Record<string, string> };

const savedMessage = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([locale, count]) => `${locale}: ${count} text${count === 1 ? "" : "s"} reworded`)
    .join("; ");

/** The texts form of one language: every input is a text; what equals the built-in text is no override. */
export async function saveFlowTextsAction(
  tenant: string,
  id: string,
  locale: string,
  _previous: SubmittedResult | null,
  form: FormData,
): Promise<SubmittedResult> {
  if (!isLocale(locale)) return { ok: false, message: "Choose one of the supported languages." };
  const texts: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (!key.startsWith("$") && typeof value === "string") texts[key] = value;
  const result = await tenantAction(tenant, async (prisma, access) => {
    const counts = await replaceFlowTexts(prisma, access, id, { [locale]: texts });
    return { message: `Saved (${savedMessage(counts)}).` };
  });
  return result.ok ? result : { ...result, submitted: texts };
}

/** A JSON file (or pasted JSON) of texts by language, as the export writes it: each language in it is replaced. */
export async function importFlowTextsAction(
  tenant: string,
  id: string,
  _previous: SubmittedResult | null,
  form: FormData,
): Promise<SubmittedResult> {
  const file = form.get("file");
  const pasted = form.get("json");
  const source =
    file instanceof File && file.size > 0
      ? await file.text()
      : typeof pasted === "string"
        ? pasted
        : "";
  const submitted = { json: typeof pasted === "string" ? pasted : "" };
  if (!source.trim()) return { ok: false, message: "Choose a JSON file or paste its contents." };
  if (source.length > 1_000_000)
    return { ok: false, message: "That file is too large (1 MB at most).", submitted };
  let texts: TFlowTexts;
  try {
    texts = JSON.parse(source) as TFlowTexts;
  } catch {
    return { ok: false, message: "That is not valid JSON.", submitted };
  }
  const result = await tenantAction(tenant, async (prisma, access) => {
    const counts = await replaceFlowTexts(prisma, access, id, texts);
    return { message: `Imported (${savedMessage(counts)}).` };
  });
  return result.ok ? result : { ...result, submitted };
}
