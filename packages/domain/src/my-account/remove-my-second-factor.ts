import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { AppError } from "../errors/app-error";
import type { AccountHolder } from "./account-holder";
import { recordSecondFactorChange } from "./second-factor-audit";

/**
 * Removes one of the person's own passkeys or authenticator apps (another
 * person's id finds nothing). With the last one go the recovery codes, which
 * only stand in for a second factor.
 */
export async function removeMySecondFactor(holder: AccountHolder, id: string): Promise<void> {
  const { tenantId, guestUserId } = holder;
  await withSqlTransaction(sqlPool(), async (sql) => {
    const { rows } = await sql.query<{ type: string }>(
      `DELETE FROM "GuestAuthenticator" WHERE id::text = $1 AND "tenantId" = $2 AND "guestUserId" = $3
       RETURNING type`,
      [id, tenantId, guestUserId],
    );
    if (!rows[0]) throw new AppError("not_found", "That second factor is not on your account.");
    const { rows: left } = await sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "GuestAuthenticator" WHERE "tenantId" = $1 AND "guestUserId" = $2`,
      [tenantId, guestUserId],
    );
    if (left[0]!.count === 0)
      await sql.query(
        `DELETE FROM "GuestRecoveryCode" WHERE "tenantId" = $1 AND "guestUserId" = $2`,
        [tenantId, guestUserId],
      );
    await recordSecondFactorChange(sql, holder, "guest.second_factor_removed", {
      type: rows[0].type,
      authenticatorId: id,
    });
  });
}
