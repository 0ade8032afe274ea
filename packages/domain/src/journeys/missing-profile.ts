import type pg from "pg";
import { BUILT_IN_ATTRIBUTE_COLUMNS } from "../attributes/built-in-attributes";
import { insertAuditEvent } from "../audit/insert-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { SQL_NOW } from "../database/sql-time";
import type { AttributeField, AttributeFormValues } from "../flows/attribute-form";
import { loadAttributeFields } from "../flows/flow-layout";
import { isBuiltInColumn } from "../guests/attribute-values";

/**
 * The flow's required questions this person never answered (asked after they
 * signed up): progressive profiling asks these, and only these.
 */
export async function missingProfileFields(
  prisma: PrismaClient,
  tenantId: string,
  userFlowId: string,
  guestUserId: string,
): Promise<AttributeField[]> {
  const required = (await loadAttributeFields(prisma, tenantId, userFlowId)).filter(
    (field) => field.required && field.name !== "email",
  );
  if (required.length === 0) return [];
  const guest = await prisma.guestUser.findFirst({
    where: { id: guestUserId, tenantId },
    omit: { passwordHash: true },
  });
  if (!guest) return [];
  const custom = guest.attributes as Record<string, unknown>;
  return required.filter((field) => {
    const value = isBuiltInColumn(field.name) ? guest[field.name] : custom[field.name];
    return value === null || value === undefined || value === "";
  });
}

/**
 * Whether missingProfileFields would find any, in one query: what a sign-in
 * asks before it completes (the page then loads the fields themselves).
 */
export async function hasMissingProfileAnswers(
  sql: pg.Pool,
  tenantId: string,
  userFlowId: string,
  guestUserId: string,
): Promise<boolean> {
  const { rows } = await sql.query<{ missing: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM "UserFlowAttribute" fa
         JOIN "UserAttribute" a ON a.id = fa."userAttributeId" AND a."tenantId" = fa."tenantId"
         JOIN "GuestUser" g ON g.id = $3 AND g."tenantId" = fa."tenantId"
        WHERE fa."tenantId" = $1 AND fa."userFlowId" = $2 AND fa.required AND a.name <> 'email'
          AND coalesce(CASE WHEN a."builtIn" THEN to_jsonb(g) ->> a.name
                            ELSE g.attributes ->> a.name END, '') = ''
     ) AS missing`,
    [tenantId, userFlowId, guestUserId],
  );
  return rows[0]!.missing;
}

/** Stores the answers (built-in ones in their columns, custom ones typed in `attributes`) with an audit event naming them. */
export async function saveProfileAnswers(
  sql: pg.PoolClient,
  guest: { tenantId: string; guestUserId: string },
  answers: AttributeFormValues,
): Promise<void> {
  const builtIn: [string, string][] = [];
  const custom: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(answers)) {
    if (value === undefined || name === "email") continue;
    if ((BUILT_IN_ATTRIBUTE_COLUMNS as readonly string[]).includes(name))
      builtIn.push([name, String(value)]);
    else custom[name] = value;
  }
  // Column names come from BUILT_IN_ATTRIBUTE_COLUMNS only, never from the request.
  await sql.query(
    `UPDATE "GuestUser"
        SET ${builtIn.map(([column], i) => `"${column}" = $${i + 4}, `).join("")}
            attributes = attributes || $3::jsonb, "updatedAt" = ${SQL_NOW}
      WHERE id = $1 AND "tenantId" = $2`,
    [guest.guestUserId, guest.tenantId, JSON.stringify(custom), ...builtIn.map(([, v]) => v)],
  );
  await insertAuditEvent(sql, {
    tenantId: guest.tenantId,
    actorType: "GUEST_USER",
    actorId: guest.guestUserId,
    action: "guest.profile_completed",
    targetType: "GuestUser",
    targetId: guest.guestUserId,
    details: { answered: Object.keys(answers).filter((name) => answers[name] !== undefined) },
  });
}
