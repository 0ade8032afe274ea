import type { KoaContextWithOIDC } from "oidc-provider";
import type { PrismaClient } from "../database/prisma-client";
import { ACCOUNT_CLIENT_ID, ACCOUNT_SCOPES } from "../my-account/account-client";

/**
 * oidc-provider revokes a session's grants at sign-out, but a person who
 * allowed an application once should not be asked again at the next sign-in.
 * Finds the session's grant as oidc-provider would, otherwise rebuilds one
 * from the consent the user gave earlier (scopes asked for since still prompt).
 * The built-in account page needs no consent.
 */
export async function loadExistingGrant(
  prisma: PrismaClient,
  tenantId: string,
  ctx: KoaContextWithOIDC,
) {
  const { provider, client, session, result } = ctx.oidc;
  const grantId =
    (result?.consent as { grantId?: string } | undefined)?.grantId ??
    (client ? session?.grantIdFor(client.clientId) : undefined);
  if (grantId) return provider.Grant.find(grantId);

  const accountId =
    session?.accountId ?? (result?.login as { accountId?: string } | undefined)?.accountId;
  if (!accountId || !client) return undefined;
  // The account page is the tenant's own: it shows people their account, and asks no consent for that.
  if (client.clientId === ACCOUNT_CLIENT_ID) {
    const grant = new provider.Grant({ accountId, clientId: client.clientId });
    grant.addOIDCScope(ACCOUNT_SCOPES);
    await grant.save();
    return grant;
  }
  const consent = await prisma.applicationConsent.findUnique({
    where: {
      tenantId_guestUserId_clientId: {
        tenantId,
        guestUserId: accountId,
        clientId: client.clientId,
      },
    },
  });
  if (!consent) return undefined;
  const grant = new provider.Grant({ accountId, clientId: client.clientId });
  grant.addOIDCScope(consent.scopes.join(" "));
  await grant.save();
  return grant;
}

export async function rememberConsent(
  prisma: PrismaClient,
  consent: { tenantId: string; guestUserId: string; clientId: string; scopes: string[] },
): Promise<void> {
  const key = {
    tenantId_guestUserId_clientId: {
      tenantId: consent.tenantId,
      guestUserId: consent.guestUserId,
      clientId: consent.clientId,
    },
  };
  const existing = await prisma.applicationConsent.findUnique({ where: key });
  const scopes = [...new Set([...(existing?.scopes ?? []), ...consent.scopes])];
  await prisma.applicationConsent.upsert({
    where: key,
    create: { ...consent, scopes },
    update: { scopes },
  });
}
