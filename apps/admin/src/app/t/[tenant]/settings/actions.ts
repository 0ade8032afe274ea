"use server";

import {
  renameTenant,
  updateAccountPageSettings,
  updateExternalCollaborationSettings,
  updateRetentionSettings,
} from "@guestlist/domain/tenants";
import type {
  TAccountPageSettings,
  TExternalCollaborationSettings,
  TRenameTenantInput,
  TRetentionSettings,
} from "@guestlist/domain/tenants/schemas";
import {
  removeBrandingImage,
  updateTenantBranding,
  uploadBrandingImage,
} from "@guestlist/domain/branding";
import type { ActionResult } from "@/lib/action-result";
import type { TBrandingSettings } from "@guestlist/domain/branding/schemas";
import { tenantAction } from "@/lib/tenant-action";

export async function saveSettingsAction(tenant: string, input: TExternalCollaborationSettings) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateExternalCollaborationSettings(prisma, access, input);
    return { message: "Settings saved." };
  });
}

export async function renameTenantAction(tenant: string, input: TRenameTenantInput) {
  return tenantAction(tenant, async (prisma, access) => {
    await renameTenant(prisma, access, input);
    return { message: "Tenant renamed." };
  });
}

export async function saveRetentionAction(tenant: string, input: TRetentionSettings) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateRetentionSettings(prisma, access, input);
    return { message: "Retention saved. The hourly sweeps apply it." };
  });
}

export async function saveAccountPageAction(tenant: string, input: TAccountPageSettings) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateAccountPageSettings(prisma, access, input);
    return { message: "Account page saved." };
  });
}

export async function saveBrandingAction(tenant: string, input: TBrandingSettings) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateTenantBranding(prisma, access, input);
    return { message: "Branding saved. The sign-in pages use it now." };
  });
}

/** An uploaded logo or favicon (a plain form post: works without JavaScript); refused with why. */
export async function uploadBrandingImageAction(
  tenant: string,
  kind: "LOGO" | "FAVICON",
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const file = form.get("file");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  return tenantAction(tenant, async (prisma, access) => {
    await uploadBrandingImage(prisma, access, kind, bytes);
    return {
      message: `${kind === "LOGO" ? "Logo" : "Favicon"} uploaded. The sign-in pages show it now.`,
    };
  });
}

export async function removeBrandingImageAction(tenant: string, kind: "LOGO" | "FAVICON") {
  return tenantAction(tenant, async (prisma, access) => {
    await removeBrandingImage(prisma, access, kind);
    return { message: `${kind === "LOGO" ? "Logo" : "Favicon"} removed.` };
  });
}
