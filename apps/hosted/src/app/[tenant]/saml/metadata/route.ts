import { findTenantBySlug } from "@guestlist/domain/oidc";
import { tenantServiceProviderMetadata } from "@guestlist/domain/saml";
import { journeySettings } from "@/config";
import { database } from "@/lib/database";

export const dynamic = "force-dynamic";

/** The tenant's SAML service provider metadata; its URL is also our entity id. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const tenant = await findTenantBySlug(database(), (await params).tenant);
  if (!tenant) return new Response("Not found", { status: 404 });
  const xml = await tenantServiceProviderMetadata(database(), tenant, journeySettings());
  return new Response(xml, {
    headers: {
      "content-type": "application/samlmetadata+xml; charset=utf-8",
      "content-disposition": `inline; filename="${tenant.slug}-saml-metadata.xml"`,
      "cache-control": "no-store",
    },
  });
}
