import type { PrismaClient } from "../database/prisma-client";
import type { AttributeField, AttributeValue } from "../flows/attribute-form";
import { loadAttributeFields } from "../flows/flow-layout";
import { AppError } from "../errors/app-error";
import { countGuestSessions } from "../guests/end-guest-sessions";
import { isBuiltInColumn } from "../guests/attribute-values";
import { ACCOUNT_CLIENT_ID } from "./account-client";
import type { AccountHolder } from "./account-holder";
import { accountUserFlowId } from "./account-user-flow";
import { countWaysIn, waysIn } from "./ways-in";

export const ACCOUNT_GONE = "This account is no longer available. Sign in again.";

/** The questions the person's own flow asks (the account page's flow if theirs is gone), without the address. */
export async function profileFieldsOf(
  prisma: PrismaClient,
  holder: AccountHolder,
  userFlowId: string | null,
): Promise<AttributeField[]> {
  const flowId = userFlowId ?? (await accountUserFlowId(holder.tenantId));
  if (!flowId) return [];
  const fields = await loadAttributeFields(prisma, holder.tenantId, flowId);
  return fields.filter((field) => field.name !== "email");
}

/** Everything the account page shows, read for the signed-in person only. */
export async function loadMyAccount(prisma: PrismaClient, holder: AccountHolder) {
  const { tenantId, guestUserId } = holder;
  const guest = await prisma.guestUser.findFirst({
    where: { id: guestUserId, tenantId, status: "ACTIVE" },
    include: {
      identities: {
        include: { identityProvider: { select: { displayName: true, type: true } } },
        orderBy: { createdAt: "asc" },
      },
      consents: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!guest) throw new AppError("unauthenticated", ACCOUNT_GONE);
  const [fields, ways, applications, openSessions, passwordOffered, codes] = await Promise.all([
    profileFieldsOf(prisma, holder, guest.userFlowId),
    prisma.$transaction((tx) => waysIn(tx, tenantId, guestUserId)),
    prisma.application.findMany({
      where: { tenantId, clientId: { in: guest.consents.map((consent) => consent.clientId) } },
      select: { clientId: true, name: true },
    }),
    countGuestSessions(prisma, tenantId, guestUserId),
    prisma.identityProvider.count({
      where: {
        tenantId,
        type: "EMAIL_PASSWORD",
        enabled: true,
        userFlows: { some: { userFlow: { enabled: true } } },
      },
    }),
    prisma.otpChallenge.findMany({
      where: {
        tenantId,
        guestUserId,
        journeyId: null,
        consumedAt: null,
        expiresAt: { gt: new Date() },
      },
      select: { purpose: true, email: true, attempts: true, maxAttempts: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const liveCode = (purpose: "EMAIL_CHANGE" | "ACCOUNT_DELETION") =>
    codes.find((code) => code.purpose === purpose && code.attempts < code.maxAttempts);
  const custom = guest.attributes as Record<string, AttributeValue>;
  const values = Object.fromEntries(
    fields.map((field) => {
      const value = isBuiltInColumn(field.name) ? guest[field.name] : custom[field.name];
      return [field.name, value ?? undefined];
    }),
  ) as Record<string, AttributeValue | undefined>;
  const total = countWaysIn(ways);
  const nameOf = new Map(
    applications.map((application) => [application.clientId, application.name]),
  );
  return {
    email: guest.email,
    createdAt: guest.createdAt,
    lastSignInAt: guest.lastSignInAt,
    profile: { fields, values },
    hasPassword: guest.passwordHash !== null,
    passwordOffered: passwordOffered > 0,
    canRemovePassword: ways.password && total > 1,
    identities: guest.identities.map((identity) => ({
      id: identity.id,
      federated: identity.signInType === "federated",
      providerName:
        identity.identityProvider?.displayName ??
        (identity.signInType === "federated" ? identity.issuer : "Email address"),
      providerType: identity.identityProvider?.type ?? null,
      linkedAt: identity.createdAt,
      canUnlink:
        identity.signInType === "federated" &&
        total - (ways.federated.includes(identity.id) ? 1 : 0) >= 1,
    })),
    consents: guest.consents
      .filter((consent) => consent.clientId !== ACCOUNT_CLIENT_ID)
      .map((consent) => ({
        clientId: consent.clientId,
        applicationName: nameOf.get(consent.clientId) ?? "An application that was removed",
        scopes: consent.scopes,
        grantedAt: consent.createdAt,
      })),
    openSessions,
    /** A code is on its way: the new address waiting to be proven, and whether deletion waits for its code. */
    pendingEmailChange: liveCode("EMAIL_CHANGE")?.email ?? null,
    deletionRequested: liveCode("ACCOUNT_DELETION") !== undefined,
  };
}

export type MyAccount = Awaited<ReturnType<typeof loadMyAccount>>;
