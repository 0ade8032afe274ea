import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import {
  DEFAULT_LOCALE,
  isLocale,
  messagesFor,
  negotiateLocale,
  SUPPORTED_LOCALES,
} from "@guestlist/domain/i18n";
import {
  ACCOUNT_PAGE_HEADER,
  JOURNEY_PAGE_HEADER,
  PREVIEW_PAGE_HEADER,
} from "@/server/page-language";
import { journeyView, previewView } from "@/server/journey-view";
import { browserLanguages, currentAccount } from "@/server/account-context";

/**
 * The language of the page being rendered: a journey's pages use the journey's
 * language (chosen when it began, changed by the picker) with its flow's own
 * wording; an account page the signed-in person's language (or, signed out,
 * the browser's); every other page is English.
 */
export default getRequestConfig(async () => {
  const requestHeaders = await headers();
  const journeyPage = requestHeaders.get(JOURNEY_PAGE_HEADER);
  const accountPage = requestHeaders.get(ACCOUNT_PAGE_HEADER);
  const previewPage = requestHeaders.get(PREVIEW_PAGE_HEADER);
  if (previewPage) {
    const url = new URL(previewPage, "http://preview.invalid");
    const query = (name: string) => url.searchParams.get(name) ?? "";
    const view = await previewView(
      url.pathname.split("/")[1] ?? "",
      query("flow"),
      query("step"),
      query("locale"),
    );
    const locale = view?.locale ?? DEFAULT_LOCALE;
    return { locale, timeZone: "UTC", messages: messagesFor(locale, view?.overrides) };
  }
  if (journeyPage) {
    const [tenant, uid] = journeyPage.split("/");
    const view = tenant && uid ? await journeyView(tenant, uid) : null;
    const locale = view?.locale ?? DEFAULT_LOCALE;
    return { locale, timeZone: "UTC", messages: messagesFor(locale, view?.overrides) };
  }
  if (accountPage) {
    const context = await currentAccount(accountPage);
    const locale = isLocale(context?.holder.locale)
      ? context.holder.locale
      : negotiateLocale(await browserLanguages(), {
          languages: SUPPORTED_LOCALES,
          defaultLocale: DEFAULT_LOCALE,
        });
    return { locale, timeZone: "UTC", messages: messagesFor(locale, context?.overrides) };
  }
  return { locale: DEFAULT_LOCALE, timeZone: "UTC", messages: messagesFor(DEFAULT_LOCALE) };
});
