import { createHash } from "node:crypto";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZBrandingSettings, type TBrandingSettings } from "./branding-schemas";
import { sanitiseCustomCss } from "./custom-css";

/**
 * Sets the name, colours and stylesheet the hosted pages show, with its audit
 * event; every instance hears of it. The stylesheet is stored as css-tree
 * wrote it out, or refused with each problem and its line.
 */
export async function updateTenantBranding(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TBrandingSettings,
) {
  assertCan(access, "settings.manage");
  const data = ZBrandingSettings.parse(input);
  let customCss: string | null = null;
  if (data.customCss.trim()) {
    const sanitised = sanitiseCustomCss(data.customCss);
    if (!sanitised.ok)
      throw new AppError("invalid_input", "The stylesheet cannot be used.", {
        fieldIssues: [{ path: "customCss", message: sanitised.problems.join(" ") }],
      });
    customCss = sanitised.css || null;
  }
  const { tenant } = access;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.tenant.update({
      where: { id: tenant.id },
      data: {
        brandingDisplayName: data.displayName || null,
        brandingPrimaryColor: data.primaryColor || null,
        brandingBackgroundColor: data.backgroundColor || null,
        brandingCustomCss: customCss,
        brandingCustomCssSha: customCss
          ? createHash("sha256").update(customCss).digest("hex")
          : null,
      },
    });
    await recordChange(tx, access, {
      action: "branding.updated",
      targetType: "Tenant",
      targetId: tenant.id,
      before: {
        displayName: tenant.brandingDisplayName,
        primaryColor: tenant.brandingPrimaryColor,
        backgroundColor: tenant.brandingBackgroundColor,
        customCssSha: tenant.brandingCustomCssSha,
      },
      after: {
        displayName: updated.brandingDisplayName,
        primaryColor: updated.brandingPrimaryColor,
        backgroundColor: updated.brandingBackgroundColor,
        customCssSha: updated.brandingCustomCssSha,
      },
    });
    return updated;
  });
}
