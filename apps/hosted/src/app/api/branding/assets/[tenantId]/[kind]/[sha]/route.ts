import { readBrandingAsset, type BrandingAssetPathKind } from "@guestlist/domain/branding";

const KINDS = new Set<BrandingAssetPathKind>(["logo", "favicon", "css"]);

/**
 * A tenant's logo, favicon or stylesheet. The URL names the content's SHA-256,
 * so it is cached for a year. The type is the one read from the file when it
 * was uploaded, never guessed by the browser; the hosted server gives these
 * responses a sandboxing policy (server/security-headers.ts).
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenantId: string; kind: string; sha: string }> },
): Promise<Response> {
  const { tenantId, kind, sha } = await params;
  const asset = KINDS.has(kind as BrandingAssetPathKind)
    ? await readBrandingAsset(tenantId, kind as BrandingAssetPathKind, sha)
    : null;
  if (!asset)
    return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(new Uint8Array(asset.body), {
    headers: {
      "content-type": asset.contentType,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
