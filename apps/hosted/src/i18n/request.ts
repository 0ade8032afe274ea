import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, messagesFor } from "@guestlist/domain/i18n";
import { JOURNEY_PAGE_HEADER } from "@/server/page-language";
import { journeyView } from "@/server/journey-view";

/**
 * The language of the page being rendered: a journey's pages use the journey's
 * language (chosen when it began, changed by the picker) with its flow's own
 * wording; every other page is English.
 */
export default getRequestConfig(async () => {
  const journeyPage = (await headers()).get(JOURNEY_PAGE_HEADER);
  const [tenant, uid] = journeyPage?.split("/") ?? [];
  const view = tenant && uid ? await journeyView(tenant, uid) : null;
  const locale = view?.locale ?? DEFAULT_LOCALE;
  return { locale, timeZone: "UTC", messages: messagesFor(locale, view?.overrides) };
});
