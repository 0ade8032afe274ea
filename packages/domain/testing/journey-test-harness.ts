import { randomBytes } from "node:crypto";
import { vi } from "vitest";
import { tenantAccess, type TenantAccess } from "../src/access/tenant-access";
import { decryptSecret } from "../src/crypto/secret-box";
import type { PrismaClient } from "../src/database/prisma-client";
import { seedDemo } from "../src/seed/seed-demo";
import { submitAttributes } from "../src/journeys/attributes-step";
import { beginJourney } from "../src/journeys/begin-journey";
import { submitEmail, verifyCode } from "../src/journeys/email-step";
import { journeyData } from "../src/journeys/journey-data";
import type { JourneySettings } from "../src/journeys/journey-settings";
import { choosePassword } from "../src/journeys/password-step";

/**
 * Drives journeys as the hosted pages would, for the domain's tests: start an
 * interaction, read the code from the (captured, encrypted) outbox, prove the address.
 */
export function journeyHarness(prisma: PrismaClient, tenantSlug: string, clientId: string) {
  const encryptionKey = randomBytes(32).toString("base64");
  const settings: JourneySettings & { hostedBaseUrl: string } = {
    encryptionKey,
    hostedBaseUrl: "https://hosted.test",
    email: { from: "Woodgrove <no-reply@woodgrove.test>", encryptionKey },
    connectors: { allowPrivateNetworks: true },
  };

  async function start(
    prompt: "login" | "create",
    params: Record<string, string> = {},
    options: {
      invitationToken?: string;
      browserLanguages?: { picked?: string; acceptLanguage?: string };
    } = {},
  ) {
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: tenantSlug } });
    const uid = randomBytes(16).toString("base64url");
    await beginJourney(prisma, tenant, {
      uid,
      prompt: { name: prompt, details: {} },
      params: {
        client_id: clientId,
        scope: "openid profile email",
        ...(prompt === "create" ? { prompt: "create" } : {}),
        ...params,
      },
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
      invitationToken: options.invitationToken,
      browserLanguages: options.browserLanguages,
    });
    return uid;
  }

  async function journeyOf(uid: string) {
    const journey = await prisma.journey.findUniqueOrThrow({ where: { interactionId: uid } });
    return { ...journey, data: journeyData(journey.data) };
  }

  async function latestCode(email: string): Promise<string> {
    const message = await prisma.emailMessage.findFirstOrThrow({
      where: { to: email, status: "CAPTURED" },
      orderBy: { createdAt: "desc" },
    });
    const body = JSON.parse(
      decryptSecret(message.bodyEncrypted!, encryptionKey, `email-body:${message.id}`),
    ) as { text: string };
    return /(\d{6})/.exec(body.text)![1]!;
  }

  async function proveEmail(uid: string, email: string) {
    await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: "198.51.100.7" });
    await verifyCode(prisma, settings, { tenantSlug, uid, code: await latestCode(email) });
  }

  const freshEmail = () => `person-${randomBytes(4).toString("hex")}@supplier.test`;

  /** A whole email + password sign-up, answering the flow's questions with `values`. */
  async function signUpWithPassword(
    email: string,
    password: string,
    values: Record<string, unknown>,
  ) {
    const uid = await start("create");
    await proveEmail(uid, email);
    await choosePassword(prisma, { tenantSlug, uid, password });
    await submitAttributes(prisma, settings, { tenantSlug, uid, values });
    return journeyOf(uid);
  }

  return {
    settings,
    encryptionKey,
    start,
    journeyOf,
    latestCode,
    proveEmail,
    freshEmail,
    signUpWithPassword,
  };
}

/**
 * The demo tenant (Woodgrove) for journey tests, its console output silenced;
 * with `passwords`, its flow also offers the Email and password provider.
 */
export async function seedJourneyTenant(
  prisma: PrismaClient,
  options: { passwords?: boolean } = {},
): Promise<void> {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  await seedDemo(prisma, {
    adminEmail: "admin@woodgrove.test",
    adminPassword: "irrelevant here",
    demoUrl: "http://localhost:3002",
    demoClientSecret: "s",
  });
  if (!options.passwords) return;
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: "woodgrove" } });
  const flow = await prisma.userFlow.findFirstOrThrow({ where: { tenantId: tenant.id } });
  const provider = await prisma.identityProvider.create({
    data: { tenantId: tenant.id, type: "EMAIL_PASSWORD", displayName: "Email and password" },
  });
  await prisma.userFlowIdentityProvider.create({
    data: {
      tenantId: tenant.id,
      userFlowId: flow.id,
      identityProviderId: provider.id,
      position: 1,
    },
  });
}

/** The seeded demo tenant's owner (its seeded administrator), acting in it. */
export async function demoTenantOwner(prisma: PrismaClient): Promise<TenantAccess> {
  const admin = await prisma.operator.findUniqueOrThrow({
    where: { email: "admin@woodgrove.test" },
  });
  return tenantAccess(prisma, admin.id, "woodgrove");
}
