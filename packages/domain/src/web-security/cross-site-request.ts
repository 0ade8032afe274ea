const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface RequestOrigin {
  method: string;
  /** The Origin header, if any. */
  origin: string | null | undefined;
  /** The Sec-Fetch-Site header, if any. */
  secFetchSite: string | null | undefined;
}

/**
 * A state-changing request that a browser says came from another site: a
 * cross-site request forgery. Browsers send Origin on every POST (and
 * Sec-Fetch-Site alongside); a request with neither is not from a browser and
 * carries nobody's cookies by accident. "null" (a sandboxed frame, a
 * privacy-stripped origin) is refused too.
 */
export function isCrossSiteWrite(request: RequestOrigin, publicOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (request.origin) return request.origin !== publicOrigin;
  const site = request.secFetchSite;
  return !!site && site !== "same-origin" && site !== "none";
}
