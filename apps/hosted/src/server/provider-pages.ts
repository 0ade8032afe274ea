import type { Tenant } from "@guestlist/domain";
import { createLogger } from "@guestlist/domain";
import type { TenantProviderOptions } from "@guestlist/domain/oidc";
import type { KoaContextWithOIDC } from "oidc-provider";
import { escapeHtml } from "@guestlist/domain/web-security";
import { isDatabaseDown } from "@guestlist/domain/database";
import { page } from "./html";
import { DEPENDENCY_DOWN_MESSAGE } from "./dependency-down";
import { nonceOf } from "./security-headers";

const log = createLogger("oidc");

type Pages = Pick<
  TenantProviderOptions,
  "renderError" | "logoutSource" | "postLogoutSuccessSource"
>;

/** The pages oidc-provider renders for a tenant, branded, never showing internals. */
export function providerPages(tenant: Tenant): Pages {
  const frame = (ctx: KoaContextWithOIDC, title: string, body: string) =>
    page({
      title,
      tenantName: tenant.brandingDisplayName ?? tenant.name,
      primaryColor: tenant.brandingPrimaryColor,
      body,
      nonce: nonceOf(ctx.req),
    });
  return {
    renderError(ctx, out, error) {
      if (isDatabaseDown(error)) {
        // The 503 and Retry-After come from the provider's server_error listener (oidc/tenant-provider.ts).
        log.error("database unavailable", { tenant: tenant.slug, error });
        ctx.type = "html";
        ctx.body = frame(
          ctx,
          "Temporarily unavailable",
          `<h1>We cannot continue right now</h1><p>${escapeHtml(DEPENDENCY_DOWN_MESSAGE)}</p>`,
        );
        return;
      }
      log.warn("protocol error shown to the user", {
        tenant: tenant.slug,
        error: out.error,
        description: out.error_description,
        detail: error instanceof Error && "error_detail" in error ? error.error_detail : undefined,
      });
      ctx.type = "html";
      ctx.body = frame(
        ctx,
        "Sign-in problem",
        `<h1>We could not sign you in</h1>
<p>${escapeHtml(out.error_description ?? "The application's request could not be processed.")}</p>
<p>Go back to the application and try again. If it keeps happening, tell the application's support team this code: <code>${escapeHtml(out.error)}</code>.</p>`,
      );
    },
    logoutSource(ctx, form) {
      const client = ctx.oidc.client?.clientName ?? ctx.oidc.client?.clientId;
      ctx.type = "html";
      ctx.body = frame(
        ctx,
        "Sign out",
        `${form}<h1>Sign out?</h1>
<p>${client ? `You are leaving ${escapeHtml(client)}. ` : ""}Sign out of ${escapeHtml(tenant.brandingDisplayName ?? tenant.name)} on this device too?</p>
<button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>
<button class="secondary" type="submit" form="op.logoutForm">Stay signed in</button>`,
      );
    },
    postLogoutSuccessSource(ctx) {
      ctx.type = "html";
      ctx.body = frame(
        ctx,
        "Signed out",
        `<h1>You are signed out</h1><p>You can close this window.</p>`,
      );
    },
  };
}
