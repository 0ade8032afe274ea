import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { findTenantBySlug } from "@guestlist/domain/oidc";
import { cache } from "react";
import { accountSessionStands, myLanguage, type AccountHolder } from "@guestlist/domain/my-account";
import { LANGUAGE_COOKIE } from "./page-language";
import type { Tenant } from "@guestlist/domain";
import type { Locale } from "@guestlist/domain/i18n/locales";
import { accountPageSettings } from "@/config";
import { database } from "@/lib/database";
import { accountCookies, openAccountSession } from "./account-session";
import { CLIENT_IP_HEADER } from "./client-ip";

export interface AccountContext {
  tenant: Tenant;
  holder: AccountHolder;
  /** The account page flow's own wording in the page's language, and the languages its picker offers. */
  overrides: Record<string, string>;
  offered: Locale[];
}

/**
 * The signed-in person of this tenant's account page, or null: the sealed
 * cookie must open, name this tenant, and its provider session must still
 * stand (signed out, revoked, blocked or deleted people are signed out here).
 */
export const currentAccount = cache(async function currentAccount(
  tenantSlug: string,
): Promise<AccountContext | null> {
  const settings = accountPageSettings();
  const tenant = await findTenantBySlug(database(), tenantSlug);
  if (!tenant) return null;
  const cookie = accountCookies(tenant.slug, settings.hostedBaseUrl).session;
  const session = await openAccountSession(
    settings.cookieKeys,
    (await cookies()).get(cookie.name)?.value,
  );
  if (!session || session.tenantId !== tenant.id) return null;
  if (!(await accountSessionStands(session))) return null;
  const requestHeaders = await headers();
  const requestIp = requestHeaders.get(CLIENT_IP_HEADER) || null;
  const holder = {
    tenantId: tenant.id,
    guestUserId: session.guestUserId,
    requestIp,
    sid: session.sid,
  };
  const { locale, overrides, offered } = await myLanguage(holder, await browserLanguages());
  return { tenant, holder: { ...holder, locale }, overrides, offered };
});

/** What this browser says about its languages: the picker's cookie and Accept-Language. */
export async function browserLanguages() {
  return {
    picked: (await cookies()).get(LANGUAGE_COOKIE)?.value ?? null,
    acceptLanguage: (await headers()).get("accept-language"),
  };
}

export type AccountPage = "" | "security" | "email" | "data";
const ACCOUNT_PAGES = new Set<string>(["", "security", "email", "data"]);

export const accountPagePath = (tenantSlug: string, page: AccountPage) =>
  `/${tenantSlug}/account${page ? `/${page}` : ""}`;

/** Where sign-in starts; the person comes back to `page`. */
export const accountSignInPath = (tenantSlug: string, page: AccountPage = "") =>
  `/${tenantSlug}/account/sign-in${page ? `?page=${page}` : ""}`;

/** The page a sign-in was asked for, if it is one of the account's own. */
export function accountPageOf(value: string | null): AccountPage {
  return value && ACCOUNT_PAGES.has(value) ? (value as AccountPage) : "";
}

/** For pages and actions: the signed-in person, or off to sign in (and back to `page`). */
export async function requireAccount(
  tenantSlug: string,
  page: AccountPage = "",
): Promise<AccountContext> {
  const context = await currentAccount(tenantSlug);
  if (!context) redirect(accountSignInPath(tenantSlug, page));
  return context;
}
