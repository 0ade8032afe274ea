/** The tenant columns a hosted page's branding is made of. */
export interface TenantBrandingColumns {
  id: string;
  name: string;
  brandingDisplayName: string | null;
  brandingPrimaryColor: string | null;
  brandingBackgroundColor: string | null;
  brandingLogoSha: string | null;
  brandingFaviconSha: string | null;
  brandingCustomCssSha: string | null;
}

/** How a hosted page looks for a tenant: its name, colours, and where its uploads and stylesheet are. */
export interface TenantBranding {
  name: string;
  logoUrl: string | null;
  faviconUrl: string | null;
  primaryColor: string | null;
  backgroundColor: string | null;
  customCssUrl: string | null;
}

/** The hosted app serves each upload at a URL naming its SHA-256, cached for a year. */
export function brandingAssetUrl(tenantId: string, kind: "logo" | "favicon" | "css", sha: string) {
  return `/api/branding/assets/${tenantId}/${kind}/${sha}`;
}

export function hostedBranding(tenant: TenantBrandingColumns): TenantBranding {
  return {
    name: tenant.brandingDisplayName ?? tenant.name,
    logoUrl: tenant.brandingLogoSha
      ? brandingAssetUrl(tenant.id, "logo", tenant.brandingLogoSha)
      : null,
    faviconUrl: tenant.brandingFaviconSha
      ? brandingAssetUrl(tenant.id, "favicon", tenant.brandingFaviconSha)
      : null,
    primaryColor: tenant.brandingPrimaryColor,
    backgroundColor: tenant.brandingBackgroundColor,
    customCssUrl: tenant.brandingCustomCssSha
      ? brandingAssetUrl(tenant.id, "css", tenant.brandingCustomCssSha)
      : null,
  };
}

/**
 * The same columns in SQL, for the plain-SQL page loaders:
 * `SELECT ${TENANT_BRANDING_SQL("t")} ...`; with an ApplicationBranding alias,
 * what the application sets wins over the tenant's.
 */
export const TENANT_BRANDING_SQL = (tenant: string, application?: string) => {
  const over = (column: string, own: string) =>
    application
      ? `coalesce(${application}."${own}", ${tenant}."${column}")`
      : `${tenant}."${column}"`;
  return `json_build_object('id', ${tenant}.id, 'name', ${tenant}.name,
     'brandingDisplayName', ${over("brandingDisplayName", "displayName")},
     'brandingPrimaryColor', ${over("brandingPrimaryColor", "primaryColor")},
     'brandingBackgroundColor', ${over("brandingBackgroundColor", "backgroundColor")},
     'brandingLogoSha', ${over("brandingLogoSha", "logoSha")},
     'brandingFaviconSha', ${tenant}."brandingFaviconSha", 'brandingCustomCssSha', ${tenant}."brandingCustomCssSha")`;
};
