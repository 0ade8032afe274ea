"use server";

import { setApplicationLogo, updateApplicationBranding } from "@guestlist/domain/branding";
import type { TApplicationBranding } from "@guestlist/domain/branding/schemas";
import type { ActionResult } from "@/lib/action-result";
import {
  createApplication,
  deleteApplication,
  rotateClientSecret,
  updateApplication,
} from "@guestlist/domain/applications";
import type { TApplicationInput } from "@guestlist/domain/applications/schemas";
import { tenantAction } from "@/lib/tenant-action";

export async function createApplicationAction(tenant: string, input: TApplicationInput) {
  return tenantAction<{ id: string; clientId: string; clientSecret: string | null }>(
    tenant,
    async (prisma, access) => {
      const { application, clientSecret } = await createApplication(prisma, access, input);
      return {
        message: `${application.name} registered.`,
        data: { id: application.id, clientId: application.clientId, clientSecret },
      };
    },
  );
}

export async function updateApplicationAction(
  tenant: string,
  id: string,
  input: TApplicationInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    const { movedFrom } = await updateApplication(prisma, access, id, input);
    return {
      message: movedFrom ? `Saved. The application no longer uses "${movedFrom}".` : "Saved.",
    };
  });
}

export async function rotateSecretAction(tenant: string, id: string) {
  return tenantAction<{ clientSecret: string }>(tenant, async (prisma, access) => {
    const clientSecret = await rotateClientSecret(prisma, access, id);
    return { message: "New secret created; the old one no longer works.", data: { clientSecret } };
  });
}

export async function deleteApplicationAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await deleteApplication(prisma, access, id);
    return { message: "Application deleted." };
  });
}

export async function saveApplicationBrandingAction(
  tenant: string,
  id: string,
  input: TApplicationBranding,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateApplicationBranding(prisma, access, id, input);
    return { message: "Saved. This application's sign-in pages use it now." };
  });
}

/** The application's own logo (a plain form post); refused with why. */
export async function uploadApplicationLogoAction(
  tenant: string,
  id: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const file = form.get("file");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  return tenantAction(tenant, async (prisma, access) => {
    await setApplicationLogo(prisma, access, id, bytes);
    return { message: "Logo uploaded. This application's sign-in pages show it now." };
  });
}

export async function removeApplicationLogoAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await setApplicationLogo(prisma, access, id, null);
    return { message: "Logo removed: the tenant's is shown." };
  });
}
