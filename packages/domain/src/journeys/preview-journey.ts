import type pg from "pg";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import {
  hostedBranding,
  TENANT_BRANDING_SQL,
  type TenantBrandingColumns,
} from "../branding/hosted-branding";
import { loadAttributeFields } from "../flows/flow-layout";
import { localisedFields } from "../i18n/localised-fields";
import { isLocale, type Locale } from "../i18n/locales";
import { overridesOf, textFor } from "../i18n/text";
import type { JourneyState } from "../generated/prisma/enums";
import type { JourneyView } from "./load-journey";

/** The steps an admin can preview, and the journey state each shows. */
export const PREVIEW_STEPS = {
  "sign-up": "STARTED",
  "sign-in": "STARTED",
  code: "AWAITING_OTP",
  questions: "COLLECTING_ATTRIBUTES",
  password: "CHOOSING_PASSWORD",
  consent: "AWAITING_CONSENT",
  "second-step": "VERIFYING_SECOND_FACTOR",
  approval: "AWAITING_APPROVAL",
} as const satisfies Record<string, JourneyState>;

export type PreviewStep = keyof typeof PREVIEW_STEPS;

export const isPreviewStep = (value: unknown): value is PreviewStep =>
  typeof value === "string" && Object.hasOwn(PREVIEW_STEPS, value);

/**
 * A page of a user flow as a person would see it, without a journey: the
 * tenant's branding, the flow's providers, questions, languages and wording,
 * an example address. For the admin's preview; it shows nothing that the
 * flow's sign-in pages do not show anyone. Null for another tenant's flow.
 */
export async function previewJourney(
  prisma: PrismaClient,
  input: { tenantSlug: string; userFlowId: string; step: PreviewStep; locale: string },
  pool: pg.Pool = sqlPool(),
): Promise<JourneyView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(input.userFlowId)) return null;
  const { rows } = await pool.query<{
    tenantId: string;
    branding: TenantBrandingColumns;
    languages: string[];
    strings: unknown;
    defaultLocale: string;
    invitationOnly: boolean;
    passkeySignIn: boolean;
    providers: JourneyView["providers"];
  }>(
    `SELECT t.id AS "tenantId", ${TENANT_BRANDING_SQL("t")} AS branding, f.languages, f.strings,
            f."defaultLocale", f."invitationOnly", f."passkeySignIn",
            coalesce((
              SELECT json_agg(json_build_object('id', p.id, 'type', p.type, 'displayName', p."displayName",
                                                'homeRealm', false) ORDER BY l.position)
                FROM "UserFlowIdentityProvider" l
                JOIN "IdentityProvider" p ON p.id = l."identityProviderId" AND p."tenantId" = t.id
               WHERE l."userFlowId" = f.id AND p.enabled
            ), '[]') AS providers
       FROM "UserFlow" f JOIN "Tenant" t ON t.id = f."tenantId"
      WHERE f.id = $1 AND t.slug = $2`,
    [input.userFlowId, input.tenantSlug],
  );
  const flow = rows[0];
  if (!flow) return null;
  const languages = flow.languages.filter(isLocale);
  const locale: Locale =
    isLocale(input.locale) && languages.includes(input.locale)
      ? input.locale
      : isLocale(flow.defaultLocale)
        ? flow.defaultLocale
        : "en";
  const text = textFor(locale, flow.strings);
  const state = PREVIEW_STEPS[input.step];
  const fields =
    state === "COLLECTING_ATTRIBUTES"
      ? localisedFields(
          await loadAttributeFields(prisma, flow.tenantId, input.userFlowId),
          text,
          flow.strings,
        )
      : [];
  return {
    id: "preview",
    uid: "preview",
    state,
    kind: input.step === "sign-in" ? "SIGN_IN" : "SIGN_UP",
    email: "alex@example.com",
    expired: false,
    data: {
      prompt: "login",
      clientId: "",
      requestedScopes: ["openid", "profile", "email"],
      missingScopes: [],
      createRequested: false,
      passwordPurpose: "SIGN_UP",
    },
    tenant: { id: flow.tenantId, slug: input.tenantSlug, ...hostedBranding(flow.branding) },
    application: { name: text("common.theApplication") },
    signUpAllowed: !flow.invitationOnly,
    invitationOnly: flow.invitationOnly,
    providers: flow.providers,
    fields,
    terms: [],
    passkeySignIn: flow.passkeySignIn,
    secondFactors: { authenticatorApp: true, passkey: false },
    locale,
    languages,
    overrides: overridesOf(flow.strings, locale),
    // The preview is inert: it shows no challenge.
    botCheckDifficulty: null,
  };
}
