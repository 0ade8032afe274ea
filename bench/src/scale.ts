import pg from "pg";
import { getPrisma } from "@guestlist/domain/database";
import { listUserFlows } from "@guestlist/domain/flows";
import { searchGuestUsers } from "@guestlist/domain/guests";
import { distribution, type Distribution } from "./stats";

const TENANT = "0193aaaa-0000-7000-8000-000000000001";
const IDP = "0193aaaa-0000-7000-8000-000000000002";

/**
 * One tenant with `users` guest users (each with an email identity and a
 * custom attribute) and `flows` user flows, written by PostgreSQL itself.
 */
function fillSql(users: number, flows: number): string {
  return `
INSERT INTO "Tenant" (id, slug, name, "extensionAppId", "updatedAt")
VALUES ('${TENANT}', 'scale', 'Scale', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', now());
INSERT INTO "IdentityProvider" (id, "tenantId", type, "displayName", "updatedAt")
VALUES ('${IDP}', '${TENANT}', 'EMAIL_OTP', 'Email one-time passcode', now());
INSERT INTO "UserAttribute" (id, "tenantId", name, "dataType", "updatedAt")
VALUES (gen_random_uuid(), '${TENANT}', 'CompanySize', 'INTEGER', now());
INSERT INTO "UserFlow" (id, "tenantId", name, "updatedAt")
SELECT gen_random_uuid(), '${TENANT}', 'Flow ' || n, now() FROM generate_series(1, ${flows}) n;
INSERT INTO "GuestUser" (id, "tenantId", email, "emailVerified", "displayName", "givenName", surname, attributes, status, "createdAt", "updatedAt")
SELECT gen_random_uuid(), '${TENANT}', 'user' || n || '@company' || (n % 20000) || '.test', true,
  'Given' || n || ' Family' || (n % 50000), 'Given' || n, 'Family' || (n % 50000),
  jsonb_build_object('CompanySize', n % 500),
  (CASE WHEN n % 100 = 0 THEN 'BLOCKED' ELSE 'ACTIVE' END)::"GuestUserState",
  now() - (n || ' seconds')::interval, now()
FROM generate_series(1, ${users}) n;
INSERT INTO "GuestIdentity" (id, "tenantId", "guestUserId", "identityProviderId", "signInType", issuer, "issuerAssignedId")
SELECT gen_random_uuid(), "tenantId", id, '${IDP}', 'emailAddress', 'scale', email
FROM "GuestUser" WHERE "tenantId" = '${TENANT}';
ANALYZE;`;
}

export interface ScaleResult {
  users: number;
  flows: number;
  fillSeconds: number;
  signInLookup: Distribution;
  directorySearchByEmailPrefix: Distribution;
  flowList: Distribution;
}

async function timed(n: number, run: (i: number) => Promise<unknown>): Promise<Distribution> {
  for (let i = 0; i < 10; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return distribution(samples);
}

export async function benchScale(
  databaseUrl: string,
  users: number,
  flows: number,
): Promise<ScaleResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  await client.query(fillSql(users, flows));
  const fillSeconds = Math.round((performance.now() - started) / 100) / 10;
  await client.end();

  const prisma = getPrisma();
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: TENANT } });
  const access = {
    tenant,
    role: "OWNER" as const,
    actor: { type: "OPERATOR" as const, id: "bench" },
  };
  // Spread over the whole table, so the cache is not just warm for a few rows.
  const someone = (i: number) => 1 + ((i * 7919) % (users - 1));
  return {
    users,
    flows,
    fillSeconds,
    signInLookup: await timed(500, (i) =>
      prisma.guestUser.findUnique({
        where: {
          tenantId_email: {
            tenantId: TENANT,
            email: `user${someone(i)}@company${someone(i) % 20000}.test`,
          },
        },
      }),
    ),
    directorySearchByEmailPrefix: await timed(200, (i) =>
      searchGuestUsers(prisma, access, { q: `user${someone(i)}` }),
    ),
    flowList: await timed(100, () => listUserFlows(prisma, access)),
  };
}
