import { createHash, randomInt } from "node:crypto";
import type pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { SQL_NOW } from "../database/sql-time";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: read from paper and typed back.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** xxxx-xxxx-xxxx: 12 characters of 31, about 59 bits, so a plain hash of it cannot be reversed. */
function newRecoveryCode(): string {
  const characters = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join("")).join("-");
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function looksLikeRecoveryCode(typed: string): boolean {
  return normalizeRecoveryCode(typed).length === 12;
}

function recoveryCodeHash(guestUserId: string, code: string): string {
  return createHash("sha256")
    .update(`${guestUserId}:${normalizeRecoveryCode(code)}`)
    .digest("hex");
}

/**
 * A new set of recovery codes replaces the old one (used or not), in the
 * caller's transaction; the codes themselves are returned to show once and
 * only their hashes are kept.
 */
export async function issueRecoveryCodes(
  sql: pg.PoolClient,
  tenantId: string,
  guestUserId: string,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await sql.query(`DELETE FROM "GuestRecoveryCode" WHERE "tenantId" = $1 AND "guestUserId" = $2`, [
    tenantId,
    guestUserId,
  ]);
  for (const code of codes)
    await sql.query(
      `INSERT INTO "GuestRecoveryCode" (id, "tenantId", "guestUserId", "codeHash", "createdAt")
       VALUES ($1, $2, $3, $4, ${SQL_NOW})`,
      [uuidv7(), tenantId, guestUserId, recoveryCodeHash(guestUserId, code)],
    );
  return codes;
}

/** Uses a recovery code: one conditional write, so a code works once even when sent twice at once. */
export async function spendRecoveryCode(
  sql: pg.PoolClient,
  tenantId: string,
  guestUserId: string,
  typed: string,
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE "GuestRecoveryCode" SET "usedAt" = ${SQL_NOW}
      WHERE "tenantId" = $1 AND "guestUserId" = $2 AND "codeHash" = $3 AND "usedAt" IS NULL`,
    [tenantId, guestUserId, recoveryCodeHash(guestUserId, typed)],
  );
  return rowCount === 1;
}
