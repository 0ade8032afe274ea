import type { Messages } from "@guestlist/domain/i18n";
import type { Locale } from "@guestlist/domain/i18n/locales";

// next-intl checks every key a page uses against the English catalogue.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
    Locale: Locale;
  }
}
