import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { isLocale, SUPPORTED_LOCALES, type Locale } from "../i18n/locales";
import { overridesOf } from "../i18n/text";
import { loadAttributeFields } from "./flow-layout";
import type { TFlowTexts } from "./flow-language-schemas";
import { flowTextKeys, type FlowTextKey } from "./flow-text-keys";
import { getUserFlow } from "./get-user-flow";

/** A flow's languages, and for one of them every text of its pages with the flow's own wording where it has one. */
export async function flowTexts(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  locale: Locale,
) {
  const flow = await getUserFlow(prisma, access, id);
  const fields = await loadAttributeFields(prisma, access.tenant.id, id);
  const overrides = overridesOf(flow.strings, locale);
  return {
    flow: { id: flow.id, name: flow.name, updatedAt: flow.updatedAt },
    languages: flow.languages.filter(isLocale),
    defaultLocale: isLocale(flow.defaultLocale) ? flow.defaultLocale : "en",
    texts: flowTextKeys(locale, fields).map((entry: FlowTextKey) => ({
      ...entry,
      override: overrides[entry.key] ?? null,
    })),
  };
}

/** The flow's overrides in every language, as the JSON export carries them (and the import takes back). */
export async function flowTextOverrides(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
): Promise<TFlowTexts> {
  const flow = await getUserFlow(prisma, access, id);
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => [locale, overridesOf(flow.strings, locale)]).filter(
      ([, overrides]) => Object.keys(overrides as object).length > 0,
    ),
  ) as TFlowTexts;
}
