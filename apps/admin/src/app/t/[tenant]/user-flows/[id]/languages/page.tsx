import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@guestlist/domain/access";
import { isAppError } from "@guestlist/domain/errors";
import { flowTexts } from "@guestlist/domain/flows";
import {
  isLocale,
  LANGUAGE_NAMES_IN_ENGLISH,
  SUPPORTED_LOCALES,
} from "@guestlist/domain/i18n/locales";
import { Card, PageHeader } from "@/components/ui";
import { isPreviewStep, type PreviewStep } from "@guestlist/domain/journeys/preview";
import { adminConfig } from "@/config";
import { database } from "@/lib/database";
import { requireTenant } from "@/lib/session";
import { importFlowTextsAction, saveFlowTextsAction } from "./actions";
import { ImportTextsForm } from "./import-texts-form";
import { LanguagesForm } from "./languages-form";
import { TextsForm } from "./texts-form";

export const metadata: Metadata = { title: "Languages and texts" };

const PREVIEW_STEP_NAMES: Record<PreviewStep, string> = {
  "sign-up": "Sign-up page",
  "sign-in": "Sign-in page",
  code: "Code page",
  questions: "Questions page",
  password: "Password page",
  consent: "Consent page",
  "second-step": "Second step",
  approval: "Waiting for approval",
};
export const dynamic = "force-dynamic";

export default async function FlowLanguagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string; id: string }>;
  searchParams: Promise<{ language?: string; preview?: string; width?: string }>;
}) {
  const { tenant: slug, id } = await params;
  const { language, preview, width } = await searchParams;
  const previewStep = isPreviewStep(preview) ? preview : "sign-up";
  const phone = width !== "desktop";
  const access = await requireTenant(slug);
  const locale = isLocale(language) ? language : "en";
  const editing = await flowTexts(database(), access, id, locale).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const editable = can(access.role, "userFlows.manage");
  const flowPath = `/t/${slug}/user-flows/${id}`;
  const hostedUrl = adminConfig().HOSTED_URL.replace(/\/+$/, "");
  return (
    <>
      <PageHeader
        title={`${editing.flow.name}: languages and texts`}
        description="The languages of the flow's hosted pages and emails, and the flow's own wording of any text."
      />
      <p className="mb-4 text-sm">
        <Link href={flowPath} className="text-blue-800 underline">
          Back to the user flow
        </Link>
      </p>
      <Card title="Languages">
        <LanguagesForm
          tenant={slug}
          flowId={id}
          readOnly={!editable}
          initial={{ languages: editing.languages, defaultLocale: editing.defaultLocale }}
        />
      </Card>
      <Card title="Texts">
        <nav aria-label="Language of the texts" className="mb-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            {SUPPORTED_LOCALES.map((code) => (
              <li key={code}>
                <Link
                  href={`${flowPath}/languages?language=${code}`}
                  aria-current={code === locale ? "page" : undefined}
                  className={`inline-block rounded-md border px-3 py-1 ${code === locale ? "border-blue-700 bg-blue-50 font-semibold text-blue-900" : "border-slate-300 text-slate-800"}`}
                >
                  {LANGUAGE_NAMES_IN_ENGLISH[code]}
                  {editing.languages.includes(code) ? "" : " (not offered)"}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <TextsForm
          key={locale}
          texts={editing.texts}
          languageName={LANGUAGE_NAMES_IN_ENGLISH[locale]}
          readOnly={!editable}
          save={saveFlowTextsAction.bind(null, slug, id, locale)}
        />
      </Card>
      <Card title="Preview">
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
          <input type="hidden" name="language" value={locale} />
          <label className="flex flex-col gap-1">
            <span className="font-medium">Page</span>
            <select
              name="preview"
              defaultValue={previewStep}
              className="rounded-md border border-slate-400 px-2 py-1.5"
            >
              {Object.entries(PREVIEW_STEP_NAMES).map(([step, name]) => (
                <option key={step} value={step}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Screen</span>
            <select
              name="width"
              defaultValue={phone ? "phone" : "desktop"}
              className="rounded-md border border-slate-400 px-2 py-1.5"
            >
              <option value="phone">Phone</option>
              <option value="desktop">Desktop</option>
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-3"
          >
            Show
          </button>
        </form>
        <p className="mb-2 text-xs text-slate-600">
          {PREVIEW_STEP_NAMES[previewStep]} in {LANGUAGE_NAMES_IN_ENGLISH[locale]}, with the
          tenant&apos;s branding and this flow&apos;s saved texts.
        </p>
        <iframe
          title={`Preview: ${PREVIEW_STEP_NAMES[previewStep]} in ${LANGUAGE_NAMES_IN_ENGLISH[locale]}`}
          // The flow's last change is in the address: a save reloads the preview by itself.
          src={`${hostedUrl}/${slug}/preview?${new URLSearchParams({ flow: id, step: previewStep, locale, v: String(editing.flow.updatedAt.getTime()) }).toString()}`}
          className={`h-[720px] rounded-md border border-slate-300 bg-white ${phone ? "w-[390px] max-w-full" : "w-full"}`}
        />
      </Card>
      <Card title="Export and import">
        <p className="mb-3 text-sm">
          <a
            href={`/api/tenants/${slug}/user-flows/${id}/texts`}
            className="text-blue-800 underline"
            download
          >
            Download this flow&apos;s texts (JSON)
          </a>{" "}
          : every language&apos;s reworded texts, to edit and import again here or in another flow.
        </p>
        <ImportTextsForm
          readOnly={!editable}
          importTexts={importFlowTextsAction.bind(null, slug, id)}
        />
      </Card>
    </>
  );
}
