import { describe, expect, it } from "vitest";
import { MESSAGE_KEYS, builtInText, messagesFor } from "./catalogue";
import { SUPPORTED_LOCALES } from "./locales";
import { messageShape, shapeMismatch } from "./message-shape";
import { acceptLanguageTags, negotiateLocale } from "./negotiate-locale";
import { textFor } from "./text";

const ALL = { languages: SUPPORTED_LOCALES, defaultLocale: "en" };

describe("the catalogue", () => {
  it("has every text in every language, valid ICU with English's values and tags", () => {
    const sameLabel = (values: Set<string>) =>
      [...values].map((value) => (value === "lowerLabel" ? "label" : value)).sort();
    for (const locale of SUPPORTED_LOCALES) {
      for (const key of MESSAGE_KEYS) {
        const english = messageShape(builtInText("en", key));
        const translated = messageShape(builtInText(locale, key));
        expect(sameLabel(translated.values), `${locale} ${key} values`).toEqual(
          sameLabel(english.values),
        );
        expect([...translated.tags].sort(), `${locale} ${key} tags`).toEqual(
          [...english.tags].sort(),
        );
      }
    }
  });

  it("is really translated: no language but English repeats English's sentences", () => {
    // Words that are the same in both languages.
    const alike: Record<string, string[]> = { fr: ["termsStep.version"] };
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== "en")) {
      const same = MESSAGE_KEYS.filter((key) => !alike[locale]?.includes(key)).filter(
        (key) =>
          builtInText(locale, key) === builtInText("en", key) && builtInText("en", key).length > 12,
      );
      expect(same, locale).toEqual([]);
    }
  });

  it("formats plurals by each language's rules", () => {
    expect(textFor("en")("messages.codeWrong", { attemptsLeft: 1 })).toContain("1 more try");
    expect(textFor("en")("messages.codeWrong", { attemptsLeft: 3 })).toContain("3 more tries");
    expect(textFor("de")("messages.codeWrong", { attemptsLeft: 1 })).toContain("1 Versuch.");
    expect(textFor("ar")("messages.codeWrong", { attemptsLeft: 2 })).toContain("محاولتان");
    expect(textFor("ar")("messages.codeWrong", { attemptsLeft: 5 })).toContain("5 محاولات");
    expect(textFor("ja")("limits.retryIn", { unit: "minutes", count: 3 })).toContain("3 分");
    expect(textFor("fr")("limits.retryIn", { unit: "hours", count: 2 })).toBe(
      "Réessayez dans 2 heures.",
    );
  });
});

describe("overrides", () => {
  it("replace a built-in text in their language only, and fall back when broken", () => {
    const strings = {
      de: { "emailStep.sendCode": "Code anfordern", "codeStep.resend": "Neuer {broken" },
    };
    expect(textFor("de", strings)("emailStep.sendCode")).toBe("Code anfordern");
    expect(textFor("fr", strings)("emailStep.sendCode")).toBe("Envoyer le code");
    expect(textFor("de", strings)("codeStep.resend")).toBe("Neuen Code senden");
    expect(messagesFor("de", strings.de).emailStep.sendCode).toBe("Code anfordern");
  });

  it("are checked against what the page provides", () => {
    const english = builtInText("en", "codeStep.sentTo");
    expect(
      shapeMismatch("Code an <email>{address}</email>", "codeStep.sentTo", english),
    ).toBeNull();
    expect(shapeMismatch("Code an {recipient}", "codeStep.sentTo", english)).toContain(
      "{recipient}",
    );
    expect(shapeMismatch("<b>Code</b>", "codeStep.sentTo", english)).toContain("<b>");
    expect(shapeMismatch("Code {", "codeStep.sentTo", english)).toContain("not a valid message");
    const required = builtInText("en", "validation.required");
    expect(shapeMismatch("{label} fehlt.", "validation.required", required)).toBeNull();
  });

  it("treat an unknown language as English", () => {
    expect(textFor("xx").locale).toBe("en");
    expect(textFor(null)("common.cancel")).toBe("Cancel");
  });
});

describe("choosing the language", () => {
  it("takes ui_locales first, then the picked language, then Accept-Language, among the flow's", () => {
    const offered = { languages: ["en", "de", "fr"], defaultLocale: "en" };
    expect(
      negotiateLocale({ uiLocales: "ja de-AT", picked: "fr", acceptLanguage: "fr" }, offered),
    ).toBe("de");
    expect(negotiateLocale({ uiLocales: "ja", picked: "fr", acceptLanguage: "de" }, offered)).toBe(
      "fr",
    );
    expect(negotiateLocale({ acceptLanguage: "nl;q=0.9, de-CH;q=0.8, fr;q=0.1" }, offered)).toBe(
      "de",
    );
    expect(negotiateLocale({ acceptLanguage: "ar, ja" }, offered)).toBe("en");
  });

  it("falls back to the flow's default, or its first language when the default is not offered", () => {
    expect(
      negotiateLocale({ acceptLanguage: "ja" }, { languages: ["de", "fr"], defaultLocale: "fr" }),
    ).toBe("fr");
    expect(negotiateLocale({}, { languages: ["nl", "de"], defaultLocale: "en" })).toBe("nl");
    expect(negotiateLocale({ uiLocales: "ar" }, ALL)).toBe("ar");
  });

  it("reads Accept-Language by quality, ignoring q=0 and wildcards", () => {
    expect(acceptLanguageTags("fr;q=0.5, de, *;q=0.1, en;q=0")).toEqual(["de", "fr"]);
    expect(acceptLanguageTags("")).toEqual([]);
    expect(acceptLanguageTags("de;q=abc, fr")).toEqual(["fr"]);
  });
});
