import type pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { insertAuditEvent } from "../audit/insert-audit-event";
import { SQL_NOW } from "../database/sql-time";

/** The current version of one document a flow requires, as its pages show it. */
export interface CurrentTerms {
  documentId: string;
  versionId: string;
  version: number;
  title: string;
  /** The published address of the text, or null when the text is ours to show (`/<tenant>/terms/<versionId>`). */
  url: string | null;
}

const CURRENT_TERMS = `
  SELECT d.id AS "documentId", v.id AS "versionId", v.version, v.title, v.url
    FROM "UserFlowTerms" ft
    JOIN "TermsDocument" d ON d.id = ft."termsDocumentId" AND d."tenantId" = ft."tenantId"
    JOIN LATERAL (
      SELECT id, version, title, url FROM "TermsVersion"
       WHERE "documentId" = d.id AND "tenantId" = d."tenantId"
       ORDER BY version DESC LIMIT 1) v ON true
   WHERE ft."tenantId" = $1 AND ft."userFlowId" = $2`;

/** The current versions of the documents the flow requires, in the flow's order. */
export async function currentTermsOfFlow(
  sql: pg.Pool | pg.PoolClient,
  tenantId: string,
  userFlowId: string,
): Promise<CurrentTerms[]> {
  const { rows } = await sql.query<CurrentTerms>(`${CURRENT_TERMS} ORDER BY ft.position`, [
    tenantId,
    userFlowId,
  ]);
  return rows;
}

/** The current versions this person has not accepted yet. */
export async function termsToAccept(
  sql: pg.Pool | pg.PoolClient,
  tenantId: string,
  userFlowId: string,
  guestUserId: string,
): Promise<CurrentTerms[]> {
  const { rows } = await sql.query<CurrentTerms>(
    `${CURRENT_TERMS}
       AND NOT EXISTS (SELECT 1 FROM "TermsAcceptance" a
                        WHERE a."guestUserId" = $3 AND a."termsVersionId" = v.id)
     ORDER BY ft.position`,
    [tenantId, userFlowId, guestUserId],
  );
  return rows;
}

/** The versions the person accepted, with when and from where, in the caller's transaction. */
export async function recordTermsAcceptances(
  sql: pg.PoolClient,
  acceptance: { tenantId: string; guestUserId: string; clientIp: string | null },
  versions: CurrentTerms[],
): Promise<void> {
  for (const terms of versions) {
    const { rowCount } = await sql.query(
      `INSERT INTO "TermsAcceptance"
         (id, "tenantId", "guestUserId", "documentId", "termsVersionId", version, "clientIp", "acceptedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, ${SQL_NOW})
       ON CONFLICT ("guestUserId", "termsVersionId") DO NOTHING`,
      [
        uuidv7(),
        acceptance.tenantId,
        acceptance.guestUserId,
        terms.documentId,
        terms.versionId,
        terms.version,
        acceptance.clientIp,
      ],
    );
    if (rowCount === 1)
      await insertAuditEvent(sql, {
        tenantId: acceptance.tenantId,
        actorType: "GUEST_USER",
        actorId: acceptance.guestUserId,
        action: "guest.terms_accepted",
        targetType: "GuestUser",
        targetId: acceptance.guestUserId,
        details: { documentId: terms.documentId, version: terms.version, title: terms.title },
        ip: acceptance.clientIp,
      });
  }
}

/** The value of the sign-up form's acceptance box: the versions shown, so a newer one is caught. */
export const termsAcceptanceValue = (terms: CurrentTerms[]) =>
  terms.map((entry) => entry.versionId).join(" ");
