import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "../crypto/password-hash";
import { getPrisma } from "../database/prisma-client";
import { isAppError } from "../errors/app-error";
import type { JourneyState } from "../generated/prisma/enums";
import { submitAttributes } from "./attributes-step";
import { resendCode, submitEmail, verifyCode } from "./email-step";
import { journeyHarness, seedJourneyTenant } from "../../testing/journey-test-harness";
import { JOURNEY_TRANSITIONS } from "./journey-transitions";
import { cancelJourney, switchJourney } from "./navigation";
import { choosePassword, signInWithPassword } from "./password-step";

/*
 * A model-based test: random sequences of what a person (or an attacker) can
 * do on one journey, against the real steps and database. After every step
 * the journey's invariants are checked: it moved only along the transition
 * table, an account was entered or created only for an address proven in
 * this journey, and a finished journey keeps no secret.
 */

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const harness = journeyHarness(prisma, tenantSlug, "woodgrove-supplier-portal");
const { settings, start, journeyOf, latestCode, freshEmail } = harness;
const PASSWORD = "correct horse battery staple";
const answers = {
  displayName: "Mo Model",
  BusinessName: "Model Mills",
  BusinessRegistrationCode: "5",
};

/** Every change of state some event allows. */
const ALLOWED = new Set(
  Object.values(JOURNEY_TRANSITIONS).flatMap((transition) =>
    (transition.from as readonly JourneyState[]).flatMap((from) =>
      (transition.to as readonly JourneyState[]).map((to) => `${from}>${to}`),
    ),
  ),
);

interface World {
  uid: string;
  /** An address with a password account, and one without any. */
  existing: string;
  stranger: string;
  /** Addresses this journey proved: a right code entered, or the right password given. */
  proven: Set<string>;
  state: JourneyState;
}

/** A step as the hosted pages run it: a refused or outrun request changes nothing and is no error. */
async function attempt(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (!isAppError(error) || !["conflict", "forbidden", "not_found"].includes(error.code))
      throw error;
  }
}

async function checkInvariants(world: World) {
  const journey = await journeyOf(world.uid);
  const moved = journey.state !== world.state;
  if (moved)
    expect(
      ALLOWED.has(`${world.state}>${journey.state}`),
      `${world.state} -> ${journey.state}`,
    ).toBe(true);
  world.state = journey.state;
  if (journey.guestUserId) {
    const guest = await prisma.guestUser.findUniqueOrThrow({ where: { id: journey.guestUserId } });
    expect(world.proven.has(guest.email), `account of ${guest.email} entered unproven`).toBe(true);
  }
  if (journey.state === "COMPLETED") {
    expect(journey.data.passwordHash).toBeUndefined();
    expect(journey.data.provenEmail).toBeUndefined();
    expect(journey.data.upstream).toBeUndefined();
  }
  expect(await prisma.guestUser.count({ where: { email: world.stranger } })).toBeLessThanOrEqual(1);
}

type Command = fc.AsyncCommand<object, World>;

function command(name: string, run: (world: World) => Promise<void>): Command {
  return {
    check: () => true,
    run: async (_model, world) => {
      await run(world);
      await checkInvariants(world);
    },
    toString: () => name,
  };
}

const pick = (world: World, which: "existing" | "stranger") => world[which];
const address = fc.constantFrom("existing" as const, "stranger" as const);

const steps = [
  address.map((which) =>
    command(`submitEmail(${which})`, (world) =>
      attempt(() =>
        submitEmail(prisma, settings, {
          tenantSlug,
          uid: world.uid,
          email: pick(world, which),
          requestIp: null,
        }),
      ),
    ),
  ),
  fc.constantFrom(true, true, false).map((right) =>
    command(`verifyCode(${right ? "right" : "wrong"})`, async (world) => {
      const journey = await journeyOf(world.uid);
      if (!journey.email || journey.state !== "AWAITING_OTP") return;
      const code = await latestCode(journey.email).catch(() => "000000");
      const given = right ? code : code === "999999" ? "000000" : "999999";
      await attempt(() =>
        verifyCode(prisma, settings, { tenantSlug, uid: world.uid, code: given }),
      );
      const after = await journeyOf(world.uid);
      if (right && after.state !== "AWAITING_OTP") world.proven.add(journey.email);
    }),
  ),
  fc.constant(
    command("resendCode", (world) =>
      attempt(() => resendCode(prisma, settings, { tenantSlug, uid: world.uid, requestIp: null })),
    ),
  ),
  fc.constant(
    command("choosePassword", (world) =>
      attempt(() => choosePassword(prisma, { tenantSlug, uid: world.uid, password: PASSWORD })),
    ),
  ),
  fc.constant(
    command("submitAttributes", (world) =>
      attempt(() =>
        submitAttributes(prisma, settings, { tenantSlug, uid: world.uid, values: answers }),
      ),
    ),
  ),
  fc.tuple(address, fc.boolean()).map(([which, right]) =>
    command(`signInWithPassword(${which}, ${right ? "right" : "wrong"})`, async (world) => {
      const email = pick(world, which);
      await attempt(() =>
        signInWithPassword(prisma, {
          tenantSlug,
          uid: world.uid,
          email,
          password: right ? PASSWORD : "not the password at all",
        }),
      );
      if ((await journeyOf(world.uid)).guestUserId && right) world.proven.add(email);
    }),
  ),
  fc
    .constantFrom("SIGN_IN" as const, "SIGN_UP" as const)
    .map((to) =>
      command(`switch(${to})`, (world) =>
        attempt(() => switchJourney({ tenantSlug, uid: world.uid, to })),
      ),
    ),
  fc.constant(
    command("cancel", (world) => attempt(() => cancelJourney({ tenantSlug, uid: world.uid }))),
  ),
];

let tenantId: string;
let passwordHash: string;

/** Weighted towards the steps that move a journey forward, so runs get far enough to matter. */
const [enterEmail, enterCode, resend, password, attributes, passwordSignIn, switchTo, cancel] =
  steps;
const commands = [
  enterEmail!,
  enterEmail!,
  enterCode!,
  enterCode!,
  enterCode!,
  password!,
  password!,
  attributes!,
  attributes!,
  resend!,
  passwordSignIn!,
  passwordSignIn!,
  switchTo!,
  cancel!,
];

beforeAll(async () => {
  await seedJourneyTenant(prisma, { passwords: true });
  tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: tenantSlug } })).id;
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

describe("the journey state machine", () => {
  it("keeps its invariants through any sequence of steps", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("login" as const, "create" as const),
        fc.commands(commands, { maxCommands: 15 }),
        async (prompt, sequence) => {
          const existing = freshEmail();
          await prisma.guestUser.create({
            data: { tenantId, email: existing, emailVerified: true, passwordHash },
          });
          const world: World = {
            uid: await start(prompt),
            existing,
            stranger: freshEmail(),
            proven: new Set(),
            state: "STARTED",
          };
          await fc.asyncModelRun(() => ({ model: {}, real: world }), sequence);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
