import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { SQL_NOW } from "../database/sql-time";
import { AppError, type FieldIssue } from "../errors/app-error";
import { builtInText, isMessageKey } from "../i18n/catalogue";
import type { Locale } from "../i18n/locales";
import { shapeMismatch } from "../i18n/message-shape";
import { overridesOf } from "../i18n/text";
import { loadAttributeFields } from "./flow-layout";
import { ZFlowTexts, type TFlowTexts } from "./flow-language-schemas";
import { flowTextKeys } from "./flow-text-keys";
import { getUserFlow } from "./get-user-flow";

/**
 * A flow's wording in the languages given, each replacing that language's
 * overrides as a whole (the portal's form and a JSON import send a language's
 * every text); other languages keep theirs. A text equal to the built-in one,
 * or empty, is no override. Every key must be a text of this flow's pages and
 * every built-in text's replacement valid ICU using only what the page
 * provides, or nothing is saved. Returns how many overrides each language has.
 */
export async function replaceFlowTexts(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TFlowTexts,
): Promise<Partial<Record<Locale, number>>> {
  assertCan(access, "userFlows.manage");
  const texts = ZFlowTexts.parse(input);
  const flow = await getUserFlow(prisma, access, id);
  const fields = await loadAttributeFields(prisma, access.tenant.id, id);
  const issues: FieldIssue[] = [];
  const replaced: Record<string, Record<string, string>> = {};
  for (const [locale, entries] of Object.entries(texts) as [Locale, Record<string, string>][]) {
    const known = new Map(flowTextKeys(locale, fields).map((entry) => [entry.key, entry]));
    const overrides: Record<string, string> = {};
    for (const [key, raw] of Object.entries(entries)) {
      const path = `${locale}.${key}`;
      const entry = known.get(key);
      if (!entry) {
        issues.push({ path, message: "There is no such text on this flow's pages." });
        continue;
      }
      const text = raw.trim();
      if (!text || text === entry.builtIn) continue;
      if (text.includes("\u0000")) {
        issues.push({ path, message: "Remove the NUL character (\\u0000)." });
        continue;
      }
      const mismatch =
        entry.format === "icu" && isMessageKey(key)
          ? shapeMismatch(text, key, builtInText("en", key))
          : null;
      if (mismatch) issues.push({ path, message: `This text ${mismatch}.` });
      else overrides[key] = text;
    }
    replaced[locale] = overrides;
  }
  if (issues.length)
    throw new AppError("invalid_input", "Some texts cannot be used.", { fieldIssues: issues });

  const tenantId = access.tenant.id;
  await prisma.$transaction(async (tx) => {
    // One statement: languages not in this change keep what a concurrent save wrote.
    await tx.$executeRawUnsafe(
      `UPDATE "UserFlow" SET strings = strings || $1::jsonb, "updatedAt" = ${SQL_NOW}
        WHERE id = $2::uuid AND "tenantId" = $3::uuid`,
      JSON.stringify(replaced),
      id,
      tenantId,
    );
    await recordChange(tx, access, {
      action: "userFlow.textsUpdated",
      targetType: "UserFlow",
      targetId: id,
      before: Object.fromEntries(
        Object.keys(replaced).map((locale) => [
          locale,
          overridesOf(flow.strings, locale as Locale),
        ]),
      ),
      after: replaced,
    });
  });
  return Object.fromEntries(
    Object.entries(replaced).map(([locale, overrides]) => [locale, Object.keys(overrides).length]),
  );
}
