/**
 * Set by the hosted server on a journey's pages ("<tenant>/<uid>": the
 * interaction page and the SAML POST page): those pages are in the journey's
 * language. Any value a client sends is removed first.
 */
export const JOURNEY_PAGE_HEADER = "x-guestlist-journey-page";

/** Set by the hosted server on a tenant's flow preview (its URL): in the language its query names. */
export const PREVIEW_PAGE_HEADER = "x-guestlist-preview-page";

/** Set by the hosted server on a tenant's account pages ("<tenant>"): those are in the signed-in person's language. */
export const ACCOUNT_PAGE_HEADER = "x-guestlist-account-page";

/** The language picker's cookie: the language a person chose on a hosted page, for their next journeys. */
export const LANGUAGE_COOKIE = "lang";

/** Kept a year on every path of the hosted site; only the server reads it. */
export function languageCookieOptions(hostedBaseUrl: string) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: hostedBaseUrl.startsWith("https:"),
    maxAge: 365 * 24 * 60 * 60,
  };
}
