import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { SQL_NOW, withUtcDates } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import type { Journey, Tenant, UserFlow } from "../generated/prisma/client";
import type { JourneyState } from "../generated/prisma/enums";
import { journeyData, type JourneyData } from "./journey-data";
import { methodsOffered, type OfferedProvider } from "./journey-methods";
import { textFor } from "../i18n/text";
import { eventAllowedIn, transitionAllowed, type JourneyEvent } from "./journey-transitions";

/*
 * Every journey page and form reads the journey, and every form saves it: the
 * queries here are plain SQL on the pg pool (see database/sql-pool.ts), one
 * round trip each.
 */

const TIMESTAMPS = ["createdAt", "updatedAt"] as const;

type JourneyRow = Journey & {
  tenant: Record<string, unknown>;
  userFlow: Record<string, unknown>;
  offered: OfferedProvider[];
  /** The flow requires terms documents. */
  hasTerms: boolean;
};

/** The journey an action applies to, refused when it has expired or the event does not fit its state. */
export async function journeyForAction(
  tenantSlug: string,
  uid: string,
  event: JourneyEvent,
  pool: pg.Pool = sqlPool(),
) {
  const { rows } = await pool.query<JourneyRow>(
    `SELECT j.*, to_jsonb(t) AS tenant, to_jsonb(f) AS "userFlow",
            coalesce((
              SELECT json_agg(json_build_object('id', p.id, 'type', p.type
                                , 'homeRealm', EXISTS (SELECT 1 FROM "IdentityProviderDomain" d
                                                      WHERE d."identityProviderId" = p.id
                                                        AND d."tenantId" = p."tenantId")))
                FROM "UserFlowIdentityProvider" l
                JOIN "IdentityProvider" p ON p.id = l."identityProviderId"
               WHERE l."userFlowId" = j."userFlowId" AND l."tenantId" = j."tenantId"
                 AND p."tenantId" = j."tenantId" AND p.enabled
            ), '[]') AS offered,
            EXISTS (SELECT 1 FROM "UserFlowTerms" ft
                     WHERE ft."userFlowId" = j."userFlowId" AND ft."tenantId" = j."tenantId") AS "hasTerms"
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
  if (!eventAllowedIn(event, journey.state)) throw anotherRequestWon();
  return {
    ...journey,
    event,
    tenant: withUtcDates<Tenant>(journey.tenant, TIMESTAMPS),
    userFlow: journey.userFlow ? withUtcDates<UserFlow>(journey.userFlow, TIMESTAMPS) : null,
    data: journeyData(journey.data),
    methods: methodsOffered(journey.offered),
    /** The journey's language, with the flow's own wording: what every message it flashes is written in. */
    text: textFor(journey.locale, journey.userFlow?.strings),
  };
}

export type ActionJourney = Awaited<ReturnType<typeof journeyForAction>>;

/** A stale tab, the back button, or a parallel request that got there first: the page reloads in the journey's real state. */
function anotherRequestWon(): AppError {
  return new AppError("conflict", "This step is already done; here is where you are now.");
}

export interface JourneyChanges {
  state?: JourneyState;
  kind?: "SIGN_IN" | "SIGN_UP";
  email?: string | null;
  guestUserId?: string | null;
  data: JourneyData;
}

type JourneyVersion = Pick<ActionJourney, "id" | "tenantId" | "state" | "version" | "event">;

/** The columns a step may change, and how each is set. */
const CHANGEABLE: Record<Exclude<keyof JourneyChanges, "data">, string> = {
  state: "state",
  kind: "kind",
  email: "email",
  guestUserId: `"guestUserId"`,
};

function assertTransition(journey: JourneyVersion, changes: JourneyChanges): void {
  const to = changes.state ?? journey.state;
  if (!transitionAllowed(journey.event, journey.state, to))
    throw new AppError(
      "internal",
      `Journey transition ${journey.state} -> ${to} is not allowed on ${journey.event}.`,
    );
}

/** What a finished journey keeps: enough to hand its outcome to the provider, nothing secret. */
function storedData(changes: JourneyChanges): JourneyData {
  const data = withoutNul(changes.data) as JourneyData;
  if (changes.state !== "COMPLETED") return data;
  const { prompt, clientId, requestedScopes, missingScopes, createRequested, outcome } = data;
  return { prompt, clientId, requestedScopes, missingScopes, createRequested, outcome };
}

/**
 * Saves a step's changes if the journey is still in the state and version the
 * step read: one conditional write. When another request changed it first,
 * nothing is written and a conflict sends the person to the current page.
 */
export async function updateJourney(
  journey: JourneyVersion,
  changes: JourneyChanges,
  pool: pg.Pool = sqlPool(),
): Promise<void> {
  assertTransition(journey, changes);
  await writeJourney(pool, journey, changes);
}

async function writeJourney(
  sql: pg.Pool | pg.PoolClient,
  journey: JourneyVersion,
  changes: JourneyChanges,
): Promise<void> {
  const values: unknown[] = [
    journey.id,
    journey.tenantId,
    journey.state,
    journey.version,
    JSON.stringify(storedData(changes)),
  ];
  const assignments = ["data = $5", "version = version + 1", `"updatedAt" = ${SQL_NOW}`];
  for (const [field, column] of Object.entries(CHANGEABLE)) {
    const value = changes[field as keyof typeof CHANGEABLE];
    if (value === undefined) continue;
    values.push(value);
    assignments.push(`${column} = $${values.length}`);
  }
  const { rowCount } = await sql.query(
    `UPDATE "Journey" SET ${assignments.join(", ")}
      WHERE id = $1 AND "tenantId" = $2 AND state = $3 AND version = $4`,
    values,
  );
  if (rowCount !== 1) throw anotherRequestWon();
}

/**
 * A transition with effects (an account created or signed in, an identity
 * linked, a code issued or consumed, the audit event): the journey's
 * conditional write comes first and holds its row, the effects follow on the
 * same connection, all in one transaction. A request that loses the race
 * changes nothing and gets the conflict. `durable` transitions (accounts,
 * identities, passwords, audit) wait for the commit to reach disk, unlike
 * the pool's short-lived sign-in state (see database/sql-pool.ts).
 */
export async function transitionJourney<T>(
  journey: JourneyVersion,
  changes: JourneyChanges,
  effects: (sql: pg.PoolClient) => Promise<T>,
  options: { durable?: boolean } = {},
  pool: pg.Pool = sqlPool(),
): Promise<T> {
  assertTransition(journey, changes);
  return withSqlTransaction(
    pool,
    async (sql) => {
      // guestUserId is set after the effects, which may create the account it names.
      await writeJourney(sql, journey, { ...changes, guestUserId: undefined });
      const result = await effects(sql);
      if (changes.guestUserId !== undefined)
        await sql.query(
          `UPDATE "Journey" SET "guestUserId" = $3 WHERE id = $1 AND "tenantId" = $2`,
          [journey.id, journey.tenantId, changes.guestUserId],
        );
      return result;
    },
    options,
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
