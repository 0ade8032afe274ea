import {
  BUILT_IN_ATTRIBUTE_COLUMNS,
  BUILT_IN_ATTRIBUTE_NAMES,
} from "../attributes/built-in-attributes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import {
  buildAttributeFormSchema,
  fieldErrorsOf,
  type AttributeFormValues,
} from "../flows/attribute-form";
import { loadAttributeFields } from "../flows/flow-layout";
import { Prisma } from "../generated/prisma/client";
import { journeyForAction, updateJourney, withoutFlash } from "./journey-store";
import { signInOutcome } from "./sign-in-outcome";

/**
 * The attribute page was submitted: validate with the flow's schema (the same
 * one the browser used), then create the guest user and its email identity in
 * one transaction. Invalid answers go back to the page with their messages.
 */
export async function submitAttributes(
  prisma: PrismaClient,
  input: { tenantSlug: string; uid: string; values: Record<string, unknown> },
): Promise<void> {
  const journey = await journeyForAction(prisma, input.tenantSlug, input.uid, [
    "COLLECTING_ATTRIBUTES",
  ]);
  const data = withoutFlash(journey.data);
  const fields = journey.userFlowId
    ? await loadAttributeFields(prisma, journey.tenantId, journey.userFlowId)
    : [];
  const parsed = buildAttributeFormSchema(fields).safeParse(input.values);
  if (!parsed.success) {
    await updateJourney(prisma, journey.id, {
      data: { ...data, flash: { fieldErrors: fieldErrorsOf(parsed.error), values: input.values } },
    });
    return;
  }

  const guestUserId = await createGuestUser(prisma, {
    tenantId: journey.tenantId,
    issuer: journey.tenant.slug,
    email: journey.email!,
    values: parsed.data,
    userFlowId: journey.userFlowId,
    applicationId: journey.applicationId,
    identityProviderId:
      (
        await prisma.identityProvider.findFirst({
          where: { tenantId: journey.tenantId, type: "EMAIL_OTP" },
        })
      )?.id ?? null,
  });
  await updateJourney(prisma, journey.id, {
    state: "COMPLETED",
    guestUserId,
    data: { ...data, answers: parsed.data, outcome: signInOutcome(guestUserId, data) },
  });
}

interface NewGuestUser {
  tenantId: string;
  issuer: string;
  email: string;
  values: AttributeFormValues;
  userFlowId: string | null;
  applicationId: string | null;
  identityProviderId: string | null;
}

/**
 * Creates the guest user with built-in answers in their columns and custom ones
 * typed in `attributes`. If the same address finished signing up a moment ago
 * (a second tab), that account is used instead of failing.
 */
export async function createGuestUser(prisma: PrismaClient, guest: NewGuestUser): Promise<string> {
  const builtIn: Record<string, string> = {};
  const custom: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(guest.values)) {
    if (value === undefined || name === "email") continue;
    if ((BUILT_IN_ATTRIBUTE_COLUMNS as readonly string[]).includes(name))
      builtIn[name] = String(value);
    else if (!BUILT_IN_ATTRIBUTE_NAMES.has(name)) custom[name] = value;
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.guestUser.create({
        data: {
          tenantId: guest.tenantId,
          email: guest.email,
          emailVerified: true,
          ...builtIn,
          attributes: custom,
          userFlowId: guest.userFlowId,
          applicationId: guest.applicationId,
          lastSignInAt: new Date(),
          identities: {
            create: {
              tenantId: guest.tenantId,
              identityProviderId: guest.identityProviderId,
              signInType: "emailAddress",
              issuer: guest.issuer,
              issuerAssignedId: guest.email,
            },
          },
        },
      });
      await recordAuditEvent(tx, {
        tenantId: guest.tenantId,
        actorType: "GUEST_USER",
        actorId: created.id,
        action: "guest.signed_up",
        targetType: "GuestUser",
        targetId: created.id,
        details: { userFlowId: guest.userFlowId, applicationId: guest.applicationId },
      });
      return created.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await prisma.guestUser.findUniqueOrThrow({
        where: { tenantId_email: { tenantId: guest.tenantId, email: guest.email } },
      });
      return existing.id;
    }
    throw error;
  }
}
