import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { loadAttributeFields } from "../flows/flow-layout";
import type { AttributeField } from "../flows/attribute-form";
import type { IdentityProviderType, JourneyKind, JourneyState } from "../generated/prisma/enums";
import { journeyData, type JourneyData } from "./journey-data";

export interface JourneyView {
  uid: string;
  state: JourneyState;
  kind: JourneyKind;
  email: string | null;
  expired: boolean;
  data: JourneyData;
  tenant: {
    id: string;
    slug: string;
    name: string;
    logoUrl: string | null;
    primaryColor: string | null;
  };
  application: { name: string } | null;
  /** Self-service sign-up is on for the tenant and the application's flow is enabled. */
  signUpAllowed: boolean;
  /** The flow's identity providers, in order; the sign-up page offers each. */
  providers: { id: string; type: IdentityProviderType; displayName: string }[];
  fields: AttributeField[];
}

/** Everything a journey page shows, for the journey of interaction `uid` in tenant `tenantSlug`. */
export async function loadJourney(
  prisma: PrismaClient,
  tenantSlug: string,
  uid: string,
): Promise<JourneyView> {
  const journey = await prisma.journey.findFirst({
    where: { interactionId: uid, tenant: { slug: tenantSlug } },
    include: {
      tenant: true,
      application: true,
      userFlow: {
        include: {
          identityProviders: { include: { identityProvider: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  if (!journey) throw new AppError("not_found", "This sign-in page has expired or does not exist.");
  const { tenant, application, userFlow } = journey;
  const signUpAllowed = tenant.selfServiceSignUpEnabled && !!userFlow?.enabled;
  return {
    uid,
    state: journey.state,
    kind: journey.kind,
    email: journey.email,
    expired: journey.expiresAt.getTime() <= Date.now(),
    data: journeyData(journey.data),
    tenant: {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.brandingDisplayName ?? tenant.name,
      logoUrl: tenant.brandingLogoUrl,
      primaryColor: tenant.brandingPrimaryColor,
    },
    application: application ? { name: application.name } : null,
    signUpAllowed,
    providers: (userFlow?.identityProviders ?? [])
      .map((entry) => entry.identityProvider)
      .filter((idp) => idp.enabled)
      .map((idp) => ({ id: idp.id, type: idp.type, displayName: idp.displayName })),
    fields:
      userFlow && journey.state === "COLLECTING_ATTRIBUTES"
        ? await loadAttributeFields(prisma, tenant.id, userFlow.id)
        : [],
  };
}
