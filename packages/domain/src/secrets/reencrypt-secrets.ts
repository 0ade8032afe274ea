import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import { emailBodyContext } from "../email/send-email";
import { AppError } from "../errors/app-error";
import { identityProviderSecretContext } from "../federation/upstream-configuration";
import { connectorSecretContext } from "../connectors/connector-columns";
import { signingKeyContext } from "../oidc/signing-keys";
import { samlSpKeyContext } from "../saml/service-provider-key";
import { totpSecretContext } from "../second-factors/guest-authenticators";

/** One encrypted column: its rows that hold a value, and how to rewrite one. */
interface SealedColumn {
  name: string;
  rows(prisma: PrismaClient, afterId: string | undefined): Promise<SealedValue[]>;
  /** Writes the new value only if the row still holds the old one (nothing changed it meanwhile). */
  replace(prisma: PrismaClient, id: string, from: string, to: string): Promise<number>;
}

interface SealedValue {
  id: string;
  sealed: string;
  context: string;
}

const PAGE = 500;
const page = { take: PAGE, orderBy: { id: "asc" } } as const;
const after = (id: string | undefined) => (id ? { id: { gt: id } } : {});

const CONNECTOR_FIELDS = {
  basicPassword: "API connector passwords",
  certificate: "API connector certificates",
  certificatePassword: "API connector certificate passwords",
} as const;

const COLUMNS: SealedColumn[] = [
  {
    name: "authenticator app secrets",
    rows: async (prisma, afterId) =>
      (
        await prisma.guestAuthenticator.findMany({
          where: { secretEncrypted: { not: null }, ...after(afterId) },
          ...page,
        })
      ).map((authenticator) => ({
        id: authenticator.id,
        sealed: authenticator.secretEncrypted!,
        context: totpSecretContext(authenticator.tenantId, authenticator.id),
      })),
    replace: async (prisma, id, from, to) =>
      (
        await prisma.guestAuthenticator.updateMany({
          where: { id, secretEncrypted: from },
          data: { secretEncrypted: to },
        })
      ).count,
  },
  {
    name: "SAML service provider keys",
    rows: async (prisma, afterId) =>
      (
        await prisma.tenant.findMany({
          where: { samlSpPrivateKeyEncrypted: { not: null }, ...after(afterId) },
          ...page,
        })
      ).map((tenant) => ({
        id: tenant.id,
        sealed: tenant.samlSpPrivateKeyEncrypted!,
        context: samlSpKeyContext(tenant.id),
      })),
    replace: async (prisma, id, from, to) =>
      (
        await prisma.tenant.updateMany({
          where: { id, samlSpPrivateKeyEncrypted: from },
          data: { samlSpPrivateKeyEncrypted: to },
        })
      ).count,
  },
  {
    name: "signing keys",
    rows: async (prisma, afterId) =>
      (await prisma.signingKey.findMany({ where: after(afterId), ...page })).map((key) => ({
        id: key.id,
        sealed: key.privateJwkEncrypted,
        context: signingKeyContext(key.tenantId, key.kid),
      })),
    replace: async (prisma, id, from, to) =>
      (
        await prisma.signingKey.updateMany({
          where: { id, privateJwkEncrypted: from },
          data: { privateJwkEncrypted: to },
        })
      ).count,
  },
  {
    name: "identity provider client secrets",
    rows: async (prisma, afterId) =>
      (
        await prisma.identityProvider.findMany({
          where: { clientSecretEncrypted: { not: null }, ...after(afterId) },
          ...page,
        })
      ).map((provider) => ({
        id: provider.id,
        sealed: provider.clientSecretEncrypted!,
        context: identityProviderSecretContext(provider.tenantId, provider.id),
      })),
    replace: async (prisma, id, from, to) =>
      (
        await prisma.identityProvider.updateMany({
          where: { id, clientSecretEncrypted: from },
          data: { clientSecretEncrypted: to },
        })
      ).count,
  },
  ...(Object.keys(CONNECTOR_FIELDS) as (keyof typeof CONNECTOR_FIELDS)[]).map(
    (field): SealedColumn => ({
      name: CONNECTOR_FIELDS[field],
      rows: async (prisma, afterId) =>
        (
          await prisma.apiConnector.findMany({
            where: { [`${field}Encrypted`]: { not: null }, ...after(afterId) },
            ...page,
          })
        ).map((connector) => ({
          id: connector.id,
          sealed: connector[`${field}Encrypted`]!,
          context: connectorSecretContext(connector.tenantId, connector.id, field),
        })),
      replace: async (prisma, id, from, to) =>
        (
          await prisma.apiConnector.updateMany({
            where: { id, [`${field}Encrypted`]: from },
            data: { [`${field}Encrypted`]: to },
          })
        ).count,
    }),
  ),
  {
    name: "email bodies not yet sent",
    rows: async (prisma, afterId) =>
      (
        await prisma.emailMessage.findMany({
          where: { bodyEncrypted: { not: null }, ...after(afterId) },
          ...page,
        })
      ).map((message) => ({
        id: message.id,
        sealed: message.bodyEncrypted!,
        context: emailBodyContext(message.id),
      })),
    replace: async (prisma, id, from, to) =>
      (
        await prisma.emailMessage.updateMany({
          where: { id, bodyEncrypted: from },
          data: { bodyEncrypted: to },
        })
      ).count,
  },
];

export interface ReencryptedColumn {
  name: string;
  rewritten: number;
}

/**
 * Rewrites every secret at rest with the first key of `keyring`
 * (GUESTLIST_ENCRYPTION_KEY, newest first), reading each with whichever key
 * wrote it. Afterwards the older keys can be removed. Safe to run again, and
 * while the apps run: a value changed meanwhile is left as its writer left it.
 * A value no key opens stops the run, naming its table and row.
 */
export async function reencryptSecrets(
  prisma: PrismaClient,
  keyring: string,
): Promise<ReencryptedColumn[]> {
  const report: ReencryptedColumn[] = [];
  for (const column of COLUMNS) {
    let rewritten = 0;
    let lastId: string | undefined;
    for (;;) {
      const rows = await column.rows(prisma, lastId);
      for (const row of rows) {
        let plaintext: string;
        try {
          plaintext = decryptSecret(row.sealed, keyring, row.context);
        } catch (error) {
          throw new AppError(
            "config_invalid",
            `A value in ${column.name} (row ${row.id}) opens with none of the keys in GUESTLIST_ENCRYPTION_KEY. Add the key it was written with to the list and run again.`,
            { cause: error },
          );
        }
        rewritten += await column.replace(
          prisma,
          row.id,
          row.sealed,
          encryptSecret(plaintext, keyring, row.context),
        );
      }
      if (rows.length < PAGE) break;
      lastId = rows.at(-1)!.id;
    }
    report.push({ name: column.name, rewritten });
  }
  return report;
}
