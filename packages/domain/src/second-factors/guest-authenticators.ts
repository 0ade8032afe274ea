import type pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import type { AuthenticatorType } from "../generated/prisma/enums";
import type { StoredPasskey } from "./passkey-ceremonies";
import { totpStepOf } from "./totp";

export const totpSecretContext = (tenantId: string, authenticatorId: string) =>
  `totp-secret:${tenantId}:${authenticatorId}`;

export interface AuthenticatorRow {
  id: string;
  type: AuthenticatorType;
  name: string;
  credentialId: string | null;
  publicKey: Buffer | null;
  counter: string;
  transports: string[];
  backedUp: boolean;
  secretEncrypted: string | null;
  lastUsedStep: string | null;
}

type Queryable = pg.Pool | pg.PoolClient;

export async function authenticatorsOf(
  sql: Queryable,
  tenantId: string,
  guestUserId: string,
): Promise<AuthenticatorRow[]> {
  const { rows } = await sql.query<AuthenticatorRow>(
    `SELECT id, type, name, "credentialId", "publicKey", counter::text AS counter, transports,
            "backedUp", "secretEncrypted", "lastUsedStep"::text AS "lastUsedStep"
       FROM "GuestAuthenticator" WHERE "tenantId" = $1 AND "guestUserId" = $2
      ORDER BY "createdAt"`,
    [tenantId, guestUserId],
  );
  return rows;
}

export function storedPasskey(row: AuthenticatorRow): StoredPasskey & { id: string } {
  return {
    id: row.id,
    credentialId: row.credentialId!,
    publicKey: new Uint8Array(row.publicKey!),
    counter: Number(row.counter),
    transports: row.transports,
  };
}

export const passkeysOf = (rows: AuthenticatorRow[]) =>
  rows.filter((row) => row.type === "PASSKEY").map(storedPasskey);

/**
 * Which authenticator app a code is from: its id and time step, "used" when
 * that step was already accepted (a code works once), or null.
 */
export function matchTotp(
  rows: AuthenticatorRow[],
  tenantId: string,
  encryptionKey: string,
  code: string,
): { authenticatorId: string; step: number } | "used" | null {
  let used = false;
  for (const row of rows) {
    if (row.type !== "TOTP" || !row.secretEncrypted) continue;
    const secret = decryptSecret(
      row.secretEncrypted,
      encryptionKey,
      totpSecretContext(tenantId, row.id),
    );
    const step = totpStepOf(secret, code);
    if (step === null) continue;
    if (row.lastUsedStep !== null && Number(row.lastUsedStep) >= step) {
      used = true;
      continue;
    }
    return { authenticatorId: row.id, step };
  }
  return used ? "used" : null;
}

/** Accepts a code's time step once: of two requests with the same code, one writes. */
export async function spendTotpStep(
  sql: pg.PoolClient,
  tenantId: string,
  authenticatorId: string,
  step: number,
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE "GuestAuthenticator" SET "lastUsedStep" = $3, "lastUsedAt" = ${SQL_NOW}
      WHERE id = $1 AND "tenantId" = $2 AND ("lastUsedStep" IS NULL OR "lastUsedStep" < $3)`,
    [authenticatorId, tenantId, step],
  );
  return rowCount === 1;
}

/**
 * What a sign-in a passkey completes does first: the signature counter moves
 * from the value read to the new one, once, or the sign-in loses as a race.
 */
export function passkeyCounterAdvance(
  tenantId: string,
  passkey: { id: string; counter: number },
  newCounter: number,
) {
  return async (sql: pg.PoolClient) => {
    const { rowCount } = await sql.query(
      `UPDATE "GuestAuthenticator" SET counter = $4, "lastUsedAt" = ${SQL_NOW}
        WHERE id = $1 AND "tenantId" = $2 AND counter = $3`,
      [passkey.id, tenantId, passkey.counter, newCounter],
    );
    if (rowCount !== 1) throw new AppError("conflict", "This passkey was just used; try again.");
  };
}

export async function insertTotpAuthenticator(
  sql: pg.PoolClient,
  encryptionKey: string,
  entry: { tenantId: string; guestUserId: string; secret: string; step: number },
): Promise<string> {
  const id = uuidv7();
  await sql.query(
    `INSERT INTO "GuestAuthenticator"
       (id, "tenantId", "guestUserId", type, name, "secretEncrypted", "lastUsedStep", "lastUsedAt", "createdAt")
     VALUES ($1, $2, $3, 'TOTP', 'Authenticator app', $4, $5, ${SQL_NOW}, ${SQL_NOW})`,
    [
      id,
      entry.tenantId,
      entry.guestUserId,
      encryptSecret(entry.secret, encryptionKey, totpSecretContext(entry.tenantId, id)),
      entry.step,
    ],
  );
  return id;
}

export async function insertPasskeyAuthenticator(
  sql: pg.PoolClient,
  entry: {
    tenantId: string;
    guestUserId: string;
    credentialId: string;
    publicKey: Uint8Array;
    counter: number;
    transports: string[];
    deviceType: string;
    backedUp: boolean;
  },
): Promise<string> {
  const id = uuidv7();
  await sql.query(
    `INSERT INTO "GuestAuthenticator"
       (id, "tenantId", "guestUserId", type, name, "credentialId", "publicKey", counter, transports,
        "deviceType", "backedUp", "lastUsedAt", "createdAt")
     VALUES ($1, $2, $3, 'PASSKEY', 'Passkey', $4, $5, $6, $7, $8, $9, ${SQL_NOW}, ${SQL_NOW})`,
    [
      id,
      entry.tenantId,
      entry.guestUserId,
      entry.credentialId,
      Buffer.from(entry.publicKey),
      entry.counter,
      entry.transports,
      entry.deviceType,
      entry.backedUp,
    ],
  );
  return id;
}
