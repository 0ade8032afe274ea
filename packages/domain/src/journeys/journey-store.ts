import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import type { JourneyState } from "../generated/prisma/enums";
import { journeyData, type JourneyData } from "./journey-data";

/** The journey an action applies to, refused when it has expired or is in another state. */
export async function journeyForAction(
  prisma: PrismaClient,
  tenantSlug: string,
  uid: string,
  states: JourneyState[],
) {
  const journey = await prisma.journey.findFirst({
    where: { interactionId: uid, tenant: { slug: tenantSlug } },
    include: { tenant: true, userFlow: true },
  });
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
  return { ...journey, data: journeyData(journey.data) };
}

export async function updateJourney(
  prisma: PrismaClient | Prisma.TransactionClient,
  id: string,
  changes: {
    state?: JourneyState;
    kind?: "SIGN_IN" | "SIGN_UP";
    email?: string | null;
    guestUserId?: string | null;
    data: JourneyData;
  },
): Promise<void> {
  const { data, ...columns } = changes;
  await prisma.journey.update({
    where: { id },
    data: { ...columns, data: withoutNul(data) as unknown as Prisma.InputJsonValue },
  });
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
