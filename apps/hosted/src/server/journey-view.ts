import { cache } from "react";
import { isAppError } from "@guestlist/domain/errors";
import { isPreviewStep, loadJourney, previewJourney } from "@guestlist/domain/journeys";
import { database } from "@/lib/database";

/** A journey page's view, read once per render (metadata, language and page share it); null when it does not exist. */
export const journeyView = cache((tenant: string, uid: string) =>
  loadJourney(database(), tenant, uid).catch((error: unknown) => {
    // Only a journey that does not exist is "expired"; anything else (the database down) is said as such.
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }),
);

/** The admin's preview of a flow's page, read once per render (language and page share it). */
export const previewView = cache((tenant: string, flow: string, step: string, locale: string) =>
  isPreviewStep(step)
    ? previewJourney(database(), { tenantSlug: tenant, userFlowId: flow, step, locale })
    : null,
);
