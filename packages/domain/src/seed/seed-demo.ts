import { hashPassword, verifyPassword } from "../crypto/password-hash";
import { randomSecret } from "../crypto/random-secret";
import type { PrismaClient } from "../database/prisma-client";
import type { AttributeDataType, AttributeInputType } from "../generated/prisma/enums";
import { createTenant } from "../tenants/create-tenant";
import { normalizeEmail } from "../validation/email-address";

export const DEMO_TENANT_SLUG = "woodgrove";
export const DEMO_CLIENT_ID = "woodgrove-supplier-portal";
export const DEMO_USER_FLOW_NAME = "Woodgrove supplier sign-up";

export interface SeedDemoOptions {
  adminEmail: string;
  /** Sets (or resets) the administrator's password; without it one is generated on first run. */
  adminPassword?: string;
  /** Base URL of the demo app, e.g. http://localhost:3002. */
  demoUrl: string;
  demoClientSecret: string;
}

export interface SeedDemoResult {
  adminEmail: string;
  /** Only when this run created the administrator with a generated password: shown once. */
  generatedAdminPassword?: string;
  tenantSlug: string;
  demoClientId: string;
}

const CUSTOM_ATTRIBUTES: { name: string; dataType: AttributeDataType; description: string }[] = [
  {
    name: "BusinessName",
    dataType: "STRING",
    description: "Registered name of the supplier's business.",
  },
  {
    name: "BusinessRegistrationCode",
    dataType: "INTEGER",
    description: "The business's registration number with the companies registry.",
  },
  {
    name: "Phone",
    dataType: "STRING",
    description: "A phone number Woodgrove can reach the supplier on.",
  },
];

const PAGE_LAYOUT: {
  attribute: string;
  label: string;
  required: boolean;
  inputType: AttributeInputType;
}[] = [
  { attribute: "displayName", label: "Your name", required: true, inputType: "TEXTBOX" },
  { attribute: "BusinessName", label: "Business name", required: true, inputType: "TEXTBOX" },
  {
    attribute: "BusinessRegistrationCode",
    label: "Business registration code",
    required: true,
    inputType: "TEXTBOX",
  },
  { attribute: "Phone", label: "Phone number", required: false, inputType: "TEXTBOX" },
];

/**
 * Creates what a newcomer needs to try Guestlist: an administrator, the
 * "woodgrove" tenant with self-service sign-up on, its custom attributes, a
 * user flow that asks for them, and the demo app registered against that flow.
 * Idempotent: existing rows are left as an admin may have changed them, except
 * the demo client's secret and redirect URI, which must match the running demo.
 */
export async function seedDemo(
  prisma: PrismaClient,
  options: SeedDemoOptions,
): Promise<SeedDemoResult> {
  const admin = await ensureAdministrator(prisma, options);
  const tenant =
    (await prisma.tenant.findUnique({ where: { slug: DEMO_TENANT_SLUG } })) ??
    (await createDemoTenant(prisma));

  await prisma.tenantMembership.upsert({
    where: { tenantId_operatorId: { tenantId: tenant.id, operatorId: admin.id } },
    create: { tenantId: tenant.id, operatorId: admin.id, role: "OWNER" },
    update: {},
  });

  for (const attribute of CUSTOM_ATTRIBUTES) {
    await prisma.userAttribute.upsert({
      where: { tenantId_name: { tenantId: tenant.id, name: attribute.name } },
      create: { tenantId: tenant.id, ...attribute },
      update: {},
    });
  }

  const flow = await ensureUserFlow(prisma, tenant.id);
  await ensureDemoApplication(prisma, tenant.id, flow.id, options);

  return {
    adminEmail: admin.email,
    generatedAdminPassword: admin.generatedPassword,
    tenantSlug: tenant.slug,
    demoClientId: DEMO_CLIENT_ID,
  };
}

async function createDemoTenant(prisma: PrismaClient) {
  const created = await createTenant(prisma, { slug: DEMO_TENANT_SLUG, name: "Woodgrove" });
  return prisma.tenant.update({
    where: { id: created.id },
    data: { selfServiceSignUpEnabled: true, brandingDisplayName: "Woodgrove Groceries" },
  });
}

async function ensureAdministrator(prisma: PrismaClient, options: SeedDemoOptions) {
  const email = normalizeEmail(options.adminEmail);
  const existing = await prisma.operator.findUnique({ where: { email } });
  if (existing) {
    const wanted = options.adminPassword;
    if (
      wanted &&
      !(existing.passwordHash && (await verifyPassword(existing.passwordHash, wanted)))
    ) {
      await prisma.operator.update({
        where: { id: existing.id },
        data: { passwordHash: await hashPassword(wanted) },
      });
    }
    return { id: existing.id, email, generatedPassword: undefined };
  }
  const generatedPassword = options.adminPassword ? undefined : randomSecret(15);
  const password = options.adminPassword ?? generatedPassword!;
  const created = await prisma.operator.create({
    data: { email, displayName: "Administrator", passwordHash: await hashPassword(password) },
  });
  return { id: created.id, email, generatedPassword };
}

async function ensureUserFlow(prisma: PrismaClient, tenantId: string) {
  const existing = await prisma.userFlow.findUnique({
    where: { tenantId_name: { tenantId, name: DEMO_USER_FLOW_NAME } },
  });
  if (existing) return existing;

  const [emailOtp, attributes] = await Promise.all([
    prisma.identityProvider.findFirstOrThrow({ where: { tenantId, type: "EMAIL_OTP" } }),
    prisma.userAttribute.findMany({ where: { tenantId } }),
  ]);
  const attributeId = (name: string) => {
    const found = attributes.find((attribute) => attribute.name === name);
    if (!found) throw new Error(`The seed expects the attribute ${name} to exist.`);
    return found.id;
  };
  return prisma.userFlow.create({
    data: {
      tenantId,
      name: DEMO_USER_FLOW_NAME,
      enabled: true,
      returnClaims: ["email", "displayName", "BusinessName", "BusinessRegistrationCode", "Phone"],
      identityProviders: { create: { tenantId, identityProviderId: emailOtp.id, position: 0 } },
      attributes: {
        create: PAGE_LAYOUT.map((entry, position) => ({
          tenantId,
          userAttributeId: attributeId(entry.attribute),
          position,
          label: entry.label,
          required: entry.required,
          inputType: entry.inputType,
        })),
      },
    },
  });
}

async function ensureDemoApplication(
  prisma: PrismaClient,
  tenantId: string,
  userFlowId: string,
  options: SeedDemoOptions,
): Promise<void> {
  const demoUrl = options.demoUrl.replace(/\/+$/, "");
  const redirectUri = `${demoUrl}/api/auth/callback/guestlist`;
  const postLogoutUri = `${demoUrl}/`;
  // The demo app's third-party initiated login: where invitation links send people.
  const initiateLoginUri = `${demoUrl}/sign-in/initiate`;
  const existing = await prisma.application.findUnique({ where: { clientId: DEMO_CLIENT_ID } });
  if (!existing) {
    await prisma.application.create({
      data: {
        tenantId,
        name: "Woodgrove supplier portal",
        clientId: DEMO_CLIENT_ID,
        clientSecretHash: await hashPassword(options.demoClientSecret),
        type: "CONFIDENTIAL",
        redirectUris: [redirectUri],
        postLogoutRedirectUris: [postLogoutUri],
        initiateLoginUri,
        userFlowId,
      },
    });
    return;
  }
  const secretMatches =
    existing.clientSecretHash !== null &&
    (await verifyPassword(existing.clientSecretHash, options.demoClientSecret));
  await prisma.application.update({
    where: { id: existing.id },
    data: {
      clientSecretHash: secretMatches ? undefined : await hashPassword(options.demoClientSecret),
      redirectUris: existing.redirectUris.includes(redirectUri)
        ? undefined
        : [...existing.redirectUris, redirectUri],
      postLogoutRedirectUris: existing.postLogoutRedirectUris.includes(postLogoutUri)
        ? undefined
        : [...existing.postLogoutRedirectUris, postLogoutUri],
      initiateLoginUri: existing.initiateLoginUri ?? initiateLoginUri,
    },
  });
}
