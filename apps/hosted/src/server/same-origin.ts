import type { IncomingMessage } from "node:http";
import { isCrossSiteWrite } from "@guestlist/domain/web-security";

/** See isCrossSiteWrite: a forged form submission from another site. */
export function isCrossSiteRequest(req: IncomingMessage, publicOrigin: string): boolean {
  const site = req.headers["sec-fetch-site"];
  return isCrossSiteWrite(
    {
      method: req.method ?? "GET",
      origin: req.headers.origin,
      secFetchSite: typeof site === "string" ? site : undefined,
    },
    publicOrigin,
  );
}
