import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { AppError } from "../errors/app-error";
import { issueRecoveryCodes } from "../second-factors/recovery-codes";
import type { AccountHolder } from "./account-holder";
import { recordSecondFactorChange } from "./second-factor-audit";

/** Ten new recovery codes, to show once; the old ones stop working in the same transaction. */
export async function renewMyRecoveryCodes(holder: AccountHolder): Promise<string[]> {
  const { tenantId, guestUserId } = holder;
  return withSqlTransaction(sqlPool(), async (sql) => {
    const { rows } = await sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "GuestAuthenticator" WHERE "tenantId" = $1 AND "guestUserId" = $2`,
      [tenantId, guestUserId],
    );
    if (rows[0]!.count === 0)
      throw new AppError("conflict", "Add a passkey or an authenticator app first.");
    const codes = await issueRecoveryCodes(sql, tenantId, guestUserId);
    await recordSecondFactorChange(sql, holder, "guest.recovery_codes_renewed", {});
    return codes;
  });
}
