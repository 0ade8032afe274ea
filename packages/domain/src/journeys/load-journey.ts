import type pg from "pg";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { AppError } from "../errors/app-error";
import { loadAttributeFields } from "../flows/flow-layout";
import type { AttributeField } from "../flows/attribute-form";
import type { IdentityProviderType, JourneyKind, JourneyState } from "../generated/prisma/enums";
import { journeyData, type JourneyData } from "./journey-data";
import {
  hostedBranding,
  TENANT_BRANDING_SQL,
  type TenantBranding,
  type TenantBrandingColumns,
} from "../branding/hosted-branding";
import { isLocale, type Locale } from "../i18n/locales";
import { overridesOf, textFor } from "../i18n/text";
import { localisedFields } from "../i18n/localised-fields";
import { missingProfileFields } from "./missing-profile";
import { currentTermsOfFlow, termsToAccept, type CurrentTerms } from "../terms/current-terms";

export interface JourneyView {
  /** The journey's own id (sealed values on it are bound to it). */
  id: string;
  uid: string;
  state: JourneyState;
  kind: JourneyKind;
  email: string | null;
  expired: boolean;
  data: JourneyData;
  tenant: TenantBranding & { id: string; slug: string };
  application: { name: string } | null;
  /** The application's flow is enabled, and open to self-service sign-up or to this journey's invitation. */
  signUpAllowed: boolean;
  /** Sign-up is closed to everyone but invited people (the tenant's self-service is off, or the flow is invitation-only). */
  invitationOnly: boolean;
  /** The flow's identity providers, in order; the sign-up page offers each. */
  providers: {
    id: string;
    type: IdentityProviderType;
    displayName: string;
    /** Addresses at some domains sign in with this provider (home realm discovery). */
    homeRealm: boolean;
  }[];
  fields: AttributeField[];
  /** The flow's terms: on the attribute page, all current versions; on the terms page, those to accept. */
  terms: CurrentTerms[];
  /** The flow lets people sign in with a passkey alone. */
  passkeySignIn: boolean;
  /** On the second-factor page: which kinds the person has set up. */
  secondFactors: { authenticatorApp: boolean; passkey: boolean };
  /** The journey's language, and the flow's languages the person may switch to. */
  locale: Locale;
  languages: Locale[];
  /** The flow's own wording of built-in texts in this language (key → text). */
  overrides: Record<string, string>;
  /** The flow asks this journey's code sends for a proof of work, of this difficulty (null: it does not). */
  botCheckDifficulty: number | null;
}

interface JourneyPageRow {
  id: string;
  state: JourneyState;
  kind: JourneyKind;
  email: string | null;
  data: unknown;
  expiresAt: Date;
  userFlowId: string | null;
  guestUserId: string | null;
  hasTerms: boolean;
  tenantId: string;
  tenantSlug: string;
  branding: TenantBrandingColumns;
  selfServiceSignUpEnabled: boolean;
  applicationName: string | null;
  flowEnabled: boolean | null;
  invitationOnly: boolean | null;
  passkeySignIn: boolean | null;
  providers: JourneyView["providers"];
  locale: string;
  languages: string[] | null;
  strings: unknown;
  botProtection: "OFF" | "ALWAYS" | "ON_RISK" | null;
  botProtectionDifficulty: number | null;
}

/**
 * Everything a journey page shows, for the journey of interaction `uid` in
 * tenant `tenantSlug`. Every page view runs it: one SQL round trip (two on
 * the attribute page), see database/sql-pool.ts.
 */
export async function loadJourney(
  prisma: PrismaClient,
  tenantSlug: string,
  uid: string,
  pool: pg.Pool = sqlPool(),
): Promise<JourneyView> {
  const { rows } = await pool.query<JourneyPageRow>(
    `SELECT j.id, j.state, j.kind, j.email, j.data, j."expiresAt", j."userFlowId", j."guestUserId",
            t.id AS "tenantId", t.slug AS "tenantSlug", ${TENANT_BRANDING_SQL("t", "ab")} AS branding,
            t."selfServiceSignUpEnabled", a.name AS "applicationName", f.enabled AS "flowEnabled",
            f."invitationOnly", f."passkeySignIn", j.locale, f.languages, f.strings,
            f."botProtection", f."botProtectionDifficulty",
            coalesce((
              SELECT json_agg(json_build_object('id', p.id, 'type', p.type, 'displayName', p."displayName",
                                                'homeRealm', EXISTS (SELECT 1 FROM "IdentityProviderDomain" d
                                                                      WHERE d."identityProviderId" = p.id
                                                                        AND d."tenantId" = p."tenantId"))
                              ORDER BY l.position)
                FROM "UserFlowIdentityProvider" l
                JOIN "IdentityProvider" p ON p.id = l."identityProviderId"
               WHERE l."userFlowId" = f.id AND p."tenantId" = t.id AND p.enabled
            ), '[]') AS providers,
            EXISTS (SELECT 1 FROM "UserFlowTerms" ft
                     WHERE ft."userFlowId" = j."userFlowId" AND ft."tenantId" = t.id) AS "hasTerms"
       FROM "Journey" j
       JOIN "Tenant" t ON t.id = j."tenantId"
       LEFT JOIN "Application" a ON a.id = j."applicationId" AND a."tenantId" = t.id
       LEFT JOIN "ApplicationBranding" ab ON ab."applicationId" = a.id AND ab."tenantId" = t.id
       LEFT JOIN "UserFlow" f ON f.id = j."userFlowId" AND f."tenantId" = t.id
      WHERE j."interactionId" = $1 AND t.slug = $2`,
    [uid, tenantSlug],
  );
  const journey = rows[0];
  if (!journey) throw new AppError("not_found", "This sign-in page has expired or does not exist.");
  const text = textFor(journey.locale, journey.strings);
  return {
    id: journey.id,
    uid,
    state: journey.state,
    kind: journey.kind,
    email: journey.email,
    expired: journey.expiresAt.getTime() <= Date.now(),
    data: journeyData(journey.data),
    tenant: { id: journey.tenantId, slug: journey.tenantSlug, ...hostedBranding(journey.branding) },
    // The account page has no application row: its pages say where the person is going.
    application: journeyData(journey.data).accountPage
      ? { name: text("common.yourAccount") }
      : journey.applicationName === null
        ? null
        : { name: journey.applicationName },
    signUpAllowed:
      journey.flowEnabled === true &&
      !journeyData(journey.data).accountPage &&
      ((journey.selfServiceSignUpEnabled && !journey.invitationOnly) ||
        !!journeyData(journey.data).invitation),
    invitationOnly:
      journey.flowEnabled === true &&
      (!journey.selfServiceSignUpEnabled || journey.invitationOnly === true),
    providers: journey.providers,
    fields: localisedFields(await fieldsShown(prisma, journey), text, journey.strings),
    terms: await termsShown(pool, journey),
    passkeySignIn: journey.passkeySignIn === true,
    secondFactors: await secondFactorsShown(pool, journey),
    locale: text.locale,
    languages: (journey.languages ?? [text.locale]).filter(isLocale),
    overrides: overridesOf(journey.strings, text.locale),
    botCheckDifficulty:
      journey.botProtection === "ALWAYS" ||
      (journey.botProtection === "ON_RISK" && journeyData(journey.data).botCheckSince !== undefined)
        ? journey.botProtectionDifficulty
        : null,
  };
}

/** The second-factor page offers what the person has: a code field, a passkey button, or both. */
async function secondFactorsShown(
  pool: pg.Pool,
  journey: JourneyPageRow,
): Promise<JourneyView["secondFactors"]> {
  if (journey.state !== "VERIFYING_SECOND_FACTOR" || !journey.guestUserId)
    return { authenticatorApp: false, passkey: false };
  const { rows } = await pool.query<{ type: "PASSKEY" | "TOTP" }>(
    `SELECT DISTINCT type FROM "GuestAuthenticator" WHERE "tenantId" = $1 AND "guestUserId" = $2`,
    [journey.tenantId, journey.guestUserId],
  );
  const types = rows.map((row) => row.type);
  return { authenticatorApp: types.includes("TOTP"), passkey: types.includes("PASSKEY") };
}

/** The attribute page asks the flow's questions; the profile page only those the person never answered. */
function fieldsShown(
  prisma: PrismaClient,
  journey: JourneyPageRow,
): Promise<AttributeField[]> | [] {
  if (!journey.userFlowId || journey.flowEnabled === null) return [];
  if (journey.state === "COLLECTING_ATTRIBUTES")
    return loadAttributeFields(prisma, journey.tenantId, journey.userFlowId);
  if (journey.state === "COMPLETING_PROFILE" && journey.guestUserId)
    return missingProfileFields(prisma, journey.tenantId, journey.userFlowId, journey.guestUserId);
  return [];
}

function termsShown(pool: pg.Pool, journey: JourneyPageRow): Promise<CurrentTerms[]> | [] {
  if (!journey.userFlowId || !journey.hasTerms) return [];
  if (journey.state === "COLLECTING_ATTRIBUTES")
    return currentTermsOfFlow(pool, journey.tenantId, journey.userFlowId);
  if (journey.state === "ACCEPTING_TERMS" && journey.guestUserId)
    return termsToAccept(pool, journey.tenantId, journey.userFlowId, journey.guestUserId);
  return [];
}
