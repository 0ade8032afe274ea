/**
 * The client's address as the proxy in front of us saw it: the first entry of
 * X-Forwarded-For. Only meaningful when that proxy is trusted (TRUST_PROXY);
 * otherwise anyone can send the header.
 */
export function forwardedClientIp(header: string | string[] | null | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim() || null;
}
