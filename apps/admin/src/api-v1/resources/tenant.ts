import { z } from "zod";
import {
  BRANDING_IMAGE_RULES,
  removeBrandingImage,
  updateTenantBranding,
  uploadBrandingImage,
} from "@guestlist/domain/branding";
import type { PrismaClient } from "@guestlist/domain/database";
import { ZBrandingSettings, type TBrandingSettings } from "@guestlist/domain/branding/schemas";
import { updateAccountPageSettings, updateRetentionSettings } from "@guestlist/domain/tenants";
import {
  ZAccountPageSettings,
  ZRetentionSettings,
  type TAccountPageSettings,
  type TRetentionSettings,
} from "@guestlist/domain/tenants/schemas";
import { operation } from "../operation";
import { present } from "../present";
import { ZId, ZTimestamps } from "./common";

const ZTenant = z
  .object({
    id: ZId,
    slug: z.string(),
    name: z.string(),
    extensionAppId: z
      .string()
      .describe("Custom attributes are returned as extension_<extensionAppId>_<Name> claims."),
    selfServiceSignUpEnabled: z.boolean(),
    signUpDomainPolicy: z.enum(["ANY", "ALLOW_LIST", "BLOCK_LIST"]),
    signUpDomains: z.array(z.string()),
    signInHistoryRetentionDays: z
      .number()
      .int()
      .nullable()
      .describe("Days guests' sign-in and sign-up events are kept; null keeps them."),
    connectorCallRetentionDays: z
      .number()
      .int()
      .nullable()
      .describe("Days the API connector call log is kept; null uses the installation's default."),
    accountUserFlowId: ZId.nullable().describe(
      "The user flow people sign in through to reach their account page (<hosted URL>/<slug>/account); null: the enabled flow most applications use.",
    ),
    brandingDisplayName: z
      .string()
      .nullable()
      .describe("The name at the top of the hosted pages; null: the tenant's name."),
    brandingPrimaryColor: z
      .string()
      .nullable()
      .describe("The hosted pages' brand colour (#rrggbb); null: Guestlist's blue."),
    brandingBackgroundColor: z
      .string()
      .nullable()
      .describe("Behind the hosted pages' card (#rrggbb); null: light grey."),
    brandingLogoSha: z
      .string()
      .nullable()
      .describe(
        "SHA-256 of the uploaded logo (PUT /tenant/branding/logo); null: the name is shown.",
      ),
    brandingFaviconSha: z.string().nullable().describe("SHA-256 of the uploaded favicon."),
    brandingCustomCss: z
      .string()
      .nullable()
      .describe("The hosted pages' custom stylesheet, as sanitised when saved."),
    ...ZTimestamps,
  })
  .meta({ title: "Tenant" });

const reloadTenant = (prisma: PrismaClient, id: string) =>
  prisma.tenant.findUniqueOrThrow({ where: { id } });

export const tenantOperations = [
  operation({
    method: "GET",
    path: "/tenant",
    operationId: "getTenant",
    tag: "Tenant",
    summary: "The tenant this API key belongs to, and the role it acts with",
    response: { status: 200, schema: ZTenant.extend({ role: z.string() }) },
    async handle({ access }) {
      return { json: { ...present(ZTenant, access.tenant), role: access.role } };
    },
  }),
  operation<undefined, TRetentionSettings>({
    method: "PUT",
    path: "/tenant/retention",
    operationId: "updateRetention",
    tag: "Tenant",
    summary: "Set how long sign-in history and the connector call log are kept",
    permission: "settings.manage",
    body: ZRetentionSettings,
    response: { status: 200, schema: ZTenant },
    async handle({ prisma, access, body }) {
      return { json: present(ZTenant, await updateRetentionSettings(prisma, access, body)) };
    },
  }),
  operation<undefined, TBrandingSettings>({
    method: "PUT",
    path: "/tenant/branding",
    operationId: "updateBranding",
    tag: "Tenant",
    summary:
      "Set the name, brand and background colours and custom CSS of the hosted pages (what is left out or empty goes back to the default); unreadable colours and CSS that fetches from elsewhere are refused",
    permission: "settings.manage",
    body: ZBrandingSettings,
    response: { status: 200, schema: ZTenant },
    async handle({ prisma, access, body }) {
      return { json: present(ZTenant, await updateTenantBranding(prisma, access, body)) };
    },
  }),
  ...(["logo", "favicon"] as const).flatMap((kind) => {
    const KIND = kind === "logo" ? "LOGO" : "FAVICON";
    const rules = BRANDING_IMAGE_RULES[KIND];
    return [
      operation<undefined, { image: string }>({
        method: "PUT",
        path: `/tenant/branding/${kind}`,
        operationId: kind === "logo" ? "uploadLogo" : "uploadFavicon",
        tag: "Tenant",
        summary: `Upload the hosted pages' ${kind} (${rules.types.join(", ")}; ${rules.maxBytes / 1024} KB at most), base64-encoded`,
        permission: "settings.manage",
        body: z.object({ image: z.base64().describe("The file's bytes, base64-encoded.") }),
        response: { status: 200, schema: ZTenant },
        async handle({ prisma, access, body }) {
          await uploadBrandingImage(prisma, access, KIND, Buffer.from(body.image, "base64"));
          return { json: present(ZTenant, await reloadTenant(prisma, access.tenant.id)) };
        },
      }),
      operation({
        method: "DELETE",
        path: `/tenant/branding/${kind}`,
        operationId: kind === "logo" ? "removeLogo" : "removeFavicon",
        tag: "Tenant",
        summary: `Remove the hosted pages' ${kind}`,
        permission: "settings.manage",
        response: { status: 200, schema: ZTenant },
        async handle({ prisma, access }) {
          await removeBrandingImage(prisma, access, KIND);
          return { json: present(ZTenant, await reloadTenant(prisma, access.tenant.id)) };
        },
      }),
    ];
  }),
  operation<undefined, TAccountPageSettings>({
    method: "PUT",
    path: "/tenant/account-page",
    operationId: "updateAccountPage",
    tag: "Tenant",
    summary: "Choose the user flow people sign in through to reach their account page",
    permission: "settings.manage",
    body: ZAccountPageSettings,
    response: { status: 200, schema: ZTenant },
    async handle({ prisma, access, body }) {
      return { json: present(ZTenant, await updateAccountPageSettings(prisma, access, body)) };
    },
  }),
];
