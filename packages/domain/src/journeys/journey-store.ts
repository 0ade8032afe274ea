import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW, withUtcDates } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import type { Journey, Tenant, UserFlow } from "../generated/prisma/client";
import type { JourneyState } from "../generated/prisma/enums";
import { journeyData, type JourneyData } from "./journey-data";

/*
 * Every journey page and form reads the journey, and every form saves it: the
 * queries here are plain SQL on the pg pool (see database/sql-pool.ts), one
 * round trip each.
 */

const TIMESTAMPS = ["createdAt", "updatedAt"] as const;

type JourneyRow = Journey & { tenant: Record<string, unknown>; userFlow: Record<string, unknown> };

/** The journey an action applies to, refused when it has expired or is in another state. */
export async function journeyForAction(
  tenantSlug: string,
  uid: string,
  states: JourneyState[],
  pool: pg.Pool = sqlPool(),
) {
  const { rows } = await pool.query<JourneyRow>(
    `SELECT j.*, to_jsonb(t) AS tenant, to_jsonb(f) AS "userFlow"
       FROM "Journey" j
       JOIN "Tenant" t ON t.id = j."tenantId"
       LEFT JOIN "UserFlow" f ON f.id = j."userFlowId" AND f."tenantId" = j."tenantId"
      WHERE j."interactionId" = $1 AND t.slug = $2`,
    [uid, tenantSlug],
  );
  const journey = rows[0];
  if (!journey || journey.expiresAt.getTime() <= Date.now()) {
    throw new AppError(
      "not_found",
      "This sign-in page has expired. Go back to the application and start again.",
    );
  }
  if (!states.includes(journey.state)) {
    // A stale tab or the back button: the page reloads in the journey's real state.
    throw new AppError("conflict", "This step is already done; here is where you are now.");
  }
  return {
    ...journey,
    tenant: withUtcDates<Tenant>(journey.tenant, TIMESTAMPS),
    userFlow: journey.userFlow ? withUtcDates<UserFlow>(journey.userFlow, TIMESTAMPS) : null,
    data: journeyData(journey.data),
  };
}

export interface JourneyChanges {
  state?: JourneyState;
  kind?: "SIGN_IN" | "SIGN_UP";
  email?: string | null;
  guestUserId?: string | null;
  data: JourneyData;
}

/** The columns a step may change, and how each is set. */
const CHANGEABLE: Record<Exclude<keyof JourneyChanges, "data">, string> = {
  state: "state",
  kind: "kind",
  email: "email",
  guestUserId: `"guestUserId"`,
};

export async function updateJourney(
  journey: { id: string; tenantId: string },
  changes: JourneyChanges,
  pool: pg.Pool = sqlPool(),
): Promise<void> {
  const values: unknown[] = [
    journey.id,
    journey.tenantId,
    JSON.stringify(withoutNul(changes.data)),
  ];
  const assignments = ["data = $3", `"updatedAt" = ${SQL_NOW}`];
  for (const [field, column] of Object.entries(CHANGEABLE)) {
    const value = changes[field as keyof typeof CHANGEABLE];
    if (value === undefined) continue;
    values.push(value);
    assignments.push(`${column} = $${values.length}`);
  }
  await pool.query(
    `UPDATE "Journey" SET ${assignments.join(", ")} WHERE id = $1 AND "tenantId" = $2`,
    values,
  );
}

/** Data without last page's error: each action starts from a clean slate. */
export function withoutFlash(data: JourneyData): JourneyData {
  const { flash: _flash, ...rest } = data;
  return rest;
}

/**
 * What a person typed is kept on the journey to refill the form, and PostgreSQL
 * refuses U+0000 in JSON: it is dropped from every string, at any depth.
 */
function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.replaceAll("\u0000", "");
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)]));
  return value;
}
