import type { IncomingMessage, ServerResponse } from "node:http";
import { sendPage } from "./html";
import { nonceOf } from "./security-headers";

import { DATABASE_DOWN_RETRY_SECONDS } from "@guestlist/domain/oidc";

export const DEPENDENCY_DOWN_MESSAGE =
  "Something on our side is down at the moment. Your progress is kept: try again in a minute.";

/** 503 with Retry-After: the person's journey is intact and will continue once the database is back. */
export function sendDependencyDown(req: IncomingMessage, res: ServerResponse): void {
  sendPage(
    res,
    503,
    {
      title: "Temporarily unavailable",
      tenantName: "Guestlist",
      nonce: nonceOf(req),
      body: `<h1>We cannot continue right now</h1><p>${DEPENDENCY_DOWN_MESSAGE}</p>`,
    },
    { "retry-after": String(DATABASE_DOWN_RETRY_SECONDS) },
  );
}
