import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { AppError } from "../errors/app-error";
import { issueRecoveryCodes } from "../second-factors/recovery-codes";
import type { AccountHolder } from "./account-holder";
import { ACCOUNT_GONE } from "./my-account-view";
import { recordSecondFactorChange } from "./second-factor-audit";

/** Enough for a phone, a laptop, two security keys and spares; a bound on what one account stores. */
export const MAX_SECOND_FACTORS = 10;

/**
 * Stores a second factor the person just proved, under a lock on their
 * account row (so parallel adds respect the limit), with its audit event; a
 * first one also gets recovery codes, returned to show once.
 */
export async function enrolMySecondFactor(
  holder: AccountHolder,
  kind: "TOTP" | "PASSKEY",
  insert: (sql: pg.PoolClient) => Promise<string>,
): Promise<{ recoveryCodes: string[] }> {
  const { tenantId, guestUserId } = holder;
  return withSqlTransaction(
    sqlPool(),
    async (sql) => {
      const { rowCount } = await sql.query(
        `SELECT 1 FROM "GuestUser" WHERE id = $1 AND "tenantId" = $2 AND status = 'ACTIVE' FOR UPDATE`,
        [guestUserId, tenantId],
      );
      if (rowCount !== 1) throw new AppError("unauthenticated", ACCOUNT_GONE);
      const { rows } = await sql.query<{ factors: number; codes: number }>(
        `SELECT (SELECT count(*)::int FROM "GuestAuthenticator" WHERE "tenantId" = $1 AND "guestUserId" = $2) AS factors,
                (SELECT count(*)::int FROM "GuestRecoveryCode" WHERE "tenantId" = $1 AND "guestUserId" = $2 AND "usedAt" IS NULL) AS codes`,
        [tenantId, guestUserId],
      );
      if (rows[0]!.factors >= MAX_SECOND_FACTORS)
        throw new AppError(
          "conflict",
          `You have ${MAX_SECOND_FACTORS} second factors already. Remove one first.`,
        );
      const id = await insert(sql);
      const recoveryCodes =
        rows[0]!.codes === 0 ? await issueRecoveryCodes(sql, tenantId, guestUserId) : [];
      await recordSecondFactorChange(sql, holder, "guest.second_factor_added", {
        type: kind,
        authenticatorId: id,
      });
      return { recoveryCodes };
    },
    { durable: true },
  );
}
