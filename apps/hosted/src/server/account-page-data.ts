import { loadMyAccount } from "@guestlist/domain/my-account";
import { changeMyLanguageAction } from "@/app/[tenant]/account/actions";
import { findTenantBySlug } from "@guestlist/domain/oidc";
import { database } from "@/lib/database";
import { noticeOf } from "@/components/account/account-notices";
import { requireAccount, type AccountPage } from "./account-context";

export interface AccountPageProps {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** What every account page reads: who is signed in (or off to sign in), their account, and the notice of what was just done. */
export async function accountPageData(props: AccountPageProps, page: AccountPage) {
  const { tenant: slug } = await props.params;
  const { tenant, holder, offered } = await requireAccount(slug, page);
  const account = await loadMyAccount(database(), holder);
  return {
    tenant,
    holder,
    account,
    notice: noticeOf((await props.searchParams).done),
    language: { change: changeMyLanguageAction.bind(null, tenant.slug), offered, page },
  };
}

/** The tenant of an account route handler, or null (its answer is then a 404). */
export async function routeTenant(params: Promise<{ tenant: string }>) {
  return findTenantBySlug(database(), (await params).tenant);
}

export const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

export const tenantNotFound = () => new Response("Not found", { status: 404 });
