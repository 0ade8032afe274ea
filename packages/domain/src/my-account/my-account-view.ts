import { localisedFields } from "../i18n/localised-fields";
import { textFor } from "../i18n/text";
import type { PrismaClient } from "../database/prisma-client";
import { SECOND_FACTOR_SUMMARY } from "../second-factors/second-factor-summary";
import type { AttributeField, AttributeValue } from "../flows/attribute-form";
import { loadAttributeFields } from "../flows/flow-layout";
import { AppError } from "../errors/app-error";
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
  const [fields, flow] = await Promise.all([
    loadAttributeFields(prisma, holder.tenantId, flowId),
    prisma.userFlow.findFirst({
      where: { id: flowId, tenantId: holder.tenantId },
      select: { strings: true },
    }),
  ]);
  // In the page's language, with the flow's own wording of its questions.
  return localisedFields(
    fields.filter((field) => field.name !== "email"),
    textFor(holder.locale, flow?.strings),
    flow?.strings,
  );
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
      ...SECOND_FACTOR_SUMMARY,
    },
  });
  if (!guest) throw new AppError("unauthenticated", ACCOUNT_GONE);
  const [fields, ways, applications, sessions, passwordOffered, codes] = await Promise.all([
    profileFieldsOf(prisma, holder, guest.userFlowId),
    waysIn(prisma, tenantId, guestUserId),
    prisma.application.findMany({
      where: { tenantId },
      select: { clientId: true, name: true },
    }),
    openSessionsOf(prisma, holder),
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
    openSessions: sessions.length,
    sessions: sessions.map((session) => ({
      signedInAt: session.signedInAt,
      thisBrowser: session.thisBrowser,
      applications: session.clientIds
        .filter((clientId) => clientId !== ACCOUNT_CLIENT_ID)
        .map((clientId) => nameOf.get(clientId) ?? "An application that was removed"),
    })),
    /** Passkeys and authenticator apps, and the recovery codes not used yet. */
    secondFactors: guest.authenticators,
    recoveryCodesLeft: guest._count.recoveryCodes,
    /** A code is on its way: the new address waiting to be proven, and whether deletion waits for its code. */
    pendingEmailChange: liveCode("EMAIL_CHANGE")?.email ?? null,
    deletionRequested: liveCode("ACCOUNT_DELETION") !== undefined,
  };
}

export type MyAccount = Awaited<ReturnType<typeof loadMyAccount>>;

/** The person's open provider sessions, newest first: when each signed in, and the applications it was used with. */
async function openSessionsOf(prisma: PrismaClient, holder: AccountHolder) {
  const rows = await prisma.$queryRaw<
    { loginTs: number | null; authorizations: Record<string, { sid?: string }> | null }[]
  >`
    SELECT (payload->>'loginTs')::float8 AS "loginTs", payload->'authorizations' AS authorizations
      FROM "OidcArtifact"
     WHERE "tenantId" = ${holder.tenantId}::uuid AND kind = 'Session'
       AND payload->>'accountId' = ${holder.guestUserId}
       AND ("expiresAt" IS NULL OR "expiresAt" > now())
     ORDER BY (payload->>'loginTs')::float8 DESC NULLS LAST`;
  return rows.map((row) => {
    const authorizations = row.authorizations ?? {};
    return {
      signedInAt: row.loginTs === null ? null : new Date(row.loginTs * 1000),
      clientIds: Object.keys(authorizations),
      thisBrowser:
        holder.sid !== undefined && authorizations[ACCOUNT_CLIENT_ID]?.sid === holder.sid,
    };
  });
}
