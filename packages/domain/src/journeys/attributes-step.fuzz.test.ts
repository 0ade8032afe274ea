import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { buildAttributeFormSchema } from "../flows/attribute-form";
import { submitAttributes } from "./attributes-step";
import { journeyHarness, seedJourneyTenant } from "../../testing/journey-test-harness";
import { loadJourney } from "./load-journey";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);

beforeAll(() => seedJourneyTenant(prisma));
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", "   ", "Ada's Apples", "12345", "<b>x</b>", "x".repeat(2000), "\u0000\r\n"),
);
const anyAnswer = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(undefined),
  fc.array(text),
);

describe("the attribute step, under any submitted values", () => {
  it("creates an account only from values the flow's schema accepts, and otherwise explains", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          displayName: anyAnswer,
          BusinessName: anyAnswer,
          BusinessRegistrationCode: anyAnswer,
          Phone: anyAnswer,
        }),
        async (values) => {
          const uid = await start("create");
          const email = freshEmail();
          await proveEmail(uid, email);
          const { fields } = await loadJourney(prisma, tenantSlug, uid);
          const verdict = buildAttributeFormSchema(fields).safeParse(values);

          await submitAttributes(prisma, settings, { tenantSlug, uid, values });
          const journey = await journeyOf(uid);
          const guest = await prisma.guestUser.findFirst({ where: { email } });
          if (verdict.success) {
            expect(journey.state).toBe("COMPLETED");
            expect(guest).not.toBeNull();
          } else {
            expect(journey.state).toBe("COLLECTING_ATTRIBUTES");
            expect(Object.keys(journey.data.flash?.fieldErrors ?? {}).length).toBeGreaterThan(0);
            expect(guest).toBeNull();
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
