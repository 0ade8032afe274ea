import type { PrismaClient } from "../database/prisma-client";
import { serviceProviderMetadata } from "./saml-sign-in";
import { samlServiceProviderFor } from "./saml-settings";
import { samlServiceProviderKey } from "./service-provider-key";

/**
 * The tenant's SAML service provider metadata, for partners to register:
 * entity id, ACS (HTTP-POST), and the certificate we sign AuthnRequests
 * with and that encrypted assertions are encrypted to.
 */
export async function tenantServiceProviderMetadata(
  prisma: PrismaClient,
  tenant: { id: string; slug: string },
  settings: { hostedBaseUrl: string; encryptionKey: string },
): Promise<string> {
  const key = await samlServiceProviderKey(prisma, tenant, settings.encryptionKey);
  const sp = samlServiceProviderFor(settings.hostedBaseUrl, tenant.slug, key);
  // node-saml wants an identity provider to build metadata from; none of its fields appear in it.
  return serviceProviderMetadata(sp, {
    entityId: sp.entityId,
    ssoUrl: sp.acsUrl,
    binding: "HTTP-POST",
    signingCertificates: [key.certificatePem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "")],
    nameIdFormat: null,
    clockSkewSeconds: 0,
  });
}
