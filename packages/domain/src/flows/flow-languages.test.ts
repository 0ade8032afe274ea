import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import { readCapturedEmails } from "../email/read-captured-emails";
import { verifyCode, submitEmail } from "../journeys/email-step";
import { submitAttributes } from "../journeys/attributes-step";
import { loadJourney } from "../journeys/load-journey";
import { changeJourneyLanguage } from "../journeys/change-journey-language";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { updateFlowLanguages } from "./update-flow-languages";
import { replaceFlowTexts } from "./replace-flow-texts";
import { flowTextOverrides, flowTexts } from "./flow-texts";
import { decideGuestApprovals } from "../approvals/decide-guest-approvals";
import { previewJourney } from "../journeys/preview-journey";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, encryptionKey, start, journeyOf, latestCode, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
let owner: TenantAccess;
let flowId: string;

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
  flowId = (await prisma.userFlow.findFirstOrThrow({ where: { tenant: { slug: tenantSlug } } })).id;
});
afterAll(() => prisma.$disconnect());

const asReader = (): TenantAccess => ({ ...owner, role: "READER" });

describe("a flow's languages", () => {
  it("are set by a manager with an audit event; the default must be offered", async () => {
    await updateFlowLanguages(prisma, owner, flowId, {
      languages: ["en", "de", "fr", "ar"],
      defaultLocale: "de",
    });
    expect(
      await prisma.userFlow.findUniqueOrThrow({
        where: { id: flowId },
        select: { languages: true, defaultLocale: true },
      }),
    ).toEqual({ languages: ["en", "de", "fr", "ar"], defaultLocale: "de" });
    expect(
      await prisma.auditEvent.findFirst({
        where: { targetId: flowId, action: "userFlow.languagesUpdated" },
      }),
    ).not.toBeNull();
    await expect(
      updateFlowLanguages(prisma, owner, flowId, { languages: ["fr"], defaultLocale: "de" }),
    ).rejects.toThrow();
    await expect(
      updateFlowLanguages(prisma, owner, flowId, {
        languages: ["xx"],
        defaultLocale: "xx",
      } as never),
    ).rejects.toThrow();
    await expect(
      updateFlowLanguages(prisma, asReader(), flowId, { languages: ["en"], defaultLocale: "en" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("decide the journey's language: ui_locales, then the picked language, then Accept-Language, else the default", async () => {
    const locale = async (params: Record<string, string>, browser = {}) =>
      (await journeyOf(await start("create", params, { browserLanguages: browser }))).locale;
    expect(await locale({ ui_locales: "ja fr-CA" }, { picked: "ar", acceptLanguage: "de" })).toBe(
      "fr",
    );
    expect(await locale({}, { picked: "ar", acceptLanguage: "de" })).toBe("ar");
    expect(await locale({}, { acceptLanguage: "es;q=1, en-GB;q=0.8" })).toBe("en");
    expect(await locale({ ui_locales: "ja" }, { acceptLanguage: "nl" })).toBe("de");
  });
});

describe("a journey in another language", () => {
  it("mails the code, flashes its messages and labels its fields in the journey's language, switches with the picker, and remembers it on the account", async () => {
    const uid = await start("create", { ui_locales: "de" });
    const email = freshEmail();
    await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: "198.51.100.9" });
    const [mail] = await readCapturedEmails(prisma, encryptionKey, { to: email, limit: 1 });
    expect(mail!.subject).toMatch(/^Ihr Bestätigungscode für Woodgrove/);
    expect(mail!.text).toContain("Ihr Bestätigungscode lautet");

    await verifyCode(prisma, settings, { tenantSlug, uid, code: "000000" });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.code).toMatch(
      /^Dieser Code ist nicht richtig\. Sie haben noch \d Versuche\.$/,
    );

    // Another tenant's slug, a language the flow does not offer, or nonsense change nothing.
    expect(await changeJourneyLanguage({ tenantSlug: "contoso", uid, locale: "fr" })).toBe(false);
    expect(await changeJourneyLanguage({ tenantSlug, uid, locale: "ja" })).toBe(false);
    expect(await changeJourneyLanguage({ tenantSlug, uid, locale: "'; DROP" })).toBe(false);
    expect((await journeyOf(uid)).locale).toBe("de");
    expect(await changeJourneyLanguage({ tenantSlug, uid, locale: "fr" })).toBe(true);

    await verifyCode(prisma, settings, { tenantSlug, uid, code: await latestCode(email) });
    const view = await loadJourney(prisma, tenantSlug, uid);
    expect(view).toMatchObject({ state: "COLLECTING_ATTRIBUTES", locale: "fr" });
    expect(view.languages).toEqual(["en", "de", "fr", "ar"]);

    await submitAttributes(prisma, settings, { tenantSlug, uid, values: {} });
    const errors = (await journeyOf(uid)).data.flash?.fieldErrors ?? {};
    expect(errors.displayName).toBe("Renseignez le champ « Your name ».");

    await submitAttributes(prisma, settings, {
      tenantSlug,
      uid,
      values: { displayName: "Zoé", BusinessName: "Zoé SARL", BusinessRegistrationCode: "7" },
    });
    const done = await journeyOf(uid);
    expect(done.state).toBe("COMPLETED");
    expect(
      (await prisma.guestUser.findUniqueOrThrow({ where: { id: done.guestUserId! } })).locale,
    ).toBe("fr");
  });
});

describe("emails sent later", () => {
  it("are written in the language the person signed up in", async () => {
    const uid = await start("create", { ui_locales: "ar" });
    const email = freshEmail();
    await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: "198.51.100.11" });
    await verifyCode(prisma, settings, { tenantSlug, uid, code: await latestCode(email) });
    await submitAttributes(prisma, settings, {
      tenantSlug,
      uid,
      values: { displayName: "Lina", BusinessName: "Lina Trading", BusinessRegistrationCode: "9" },
    });
    const guestUserId = (await journeyOf(uid)).guestUserId!;
    await prisma.guestUser.update({
      where: { id: guestUserId },
      data: { status: "PENDING_APPROVAL" },
    });
    await decideGuestApprovals(
      prisma,
      owner,
      { email: settings.email },
      {
        ids: [guestUserId],
        decision: "APPROVE",
      },
    );
    const [mail] = await readCapturedEmails(prisma, encryptionKey, { to: email, limit: 1 });
    expect(mail!.subject).toMatch(/^تمت الموافقة على حسابك في /);
    expect(mail!.text).toContain("وافق Woodgrove");
  });
});

describe("a flow's own wording", () => {
  it("replaces built-in texts and attribute labels per language, refuses what the page cannot show, and keeps concurrent languages", async () => {
    await expect(
      replaceFlowTexts(prisma, owner, flowId, {
        de: { "emailStep.sendCode": "Code {missing}", "no.such": "x", "codeStep.resend": "{" },
      }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      details: {
        fieldIssues: expect.arrayContaining([
          expect.objectContaining({ path: "de.emailStep.sendCode" }),
          expect.objectContaining({ path: "de.no.such" }),
          expect.objectContaining({ path: "de.codeStep.resend" }),
        ]),
      },
    });
    await expect(replaceFlowTexts(prisma, asReader(), flowId, { de: {} })).rejects.toMatchObject({
      code: "forbidden",
    });

    // Ten saves at once, each of its own language's text: every one is kept.
    const locales = ["de", "fr", "es", "nl", "pt", "ja", "ar", "en"] as const;
    await Promise.all(
      locales.map((locale) =>
        replaceFlowTexts(prisma, owner, flowId, {
          [locale]: { "emailStep.sendCode": `Send (${locale})` },
        }),
      ),
    );
    const all = await flowTextOverrides(prisma, owner, flowId);
    expect(Object.keys(all).sort()).toEqual([...locales].sort());

    const saved = await replaceFlowTexts(prisma, owner, flowId, {
      de: {
        "emailStep.sendCode": "Code anfordern",
        "codeStep.label": "Bestätigungscode",
        "attribute.displayName.label": "Ihr Name",
        "attribute.displayName.help": "",
      },
    });
    // The unchanged built-in text is no override.
    expect(saved).toEqual({ de: 2 });
    const de = await flowTexts(prisma, owner, flowId, "de");
    expect(de.texts.find((t) => t.key === "attribute.displayName.label")).toMatchObject({
      builtIn: "Your name",
      override: "Ihr Name",
    });

    const uid = await start("create", { ui_locales: "de" });
    const email = freshEmail();
    await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: "198.51.100.10" });
    await verifyCode(prisma, settings, { tenantSlug, uid, code: await latestCode(email) });
    const view = await loadJourney(prisma, tenantSlug, uid);
    expect(view.overrides["emailStep.sendCode"]).toBe("Code anfordern");
    expect(view.fields.find((f) => f.name === "displayName")?.label).toBe("Ihr Name");
    await submitAttributes(prisma, settings, { tenantSlug, uid, values: {} });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.displayName).toBe(
      "Geben Sie „Ihr Name“ an.",
    );
  });
});

describe("the admin's preview", () => {
  it("shows a flow's page in an offered language with its wording, falls back to the default, and nothing of another tenant", async () => {
    const preview = (tenantSlug: string, locale: string) =>
      previewJourney(prisma, { tenantSlug, userFlowId: flowId, step: "questions", locale });
    const german = await preview(tenantSlug, "de");
    expect(german).toMatchObject({ locale: "de", state: "COLLECTING_ATTRIBUTES" });
    expect(german!.overrides["emailStep.sendCode"]).toBe("Code anfordern");
    expect(german!.fields.find((field) => field.name === "displayName")?.label).toBe("Ihr Name");
    // Japanese is not offered by this flow: its default (German, set above).
    expect((await preview(tenantSlug, "ja"))!.locale).toBe("de");
    expect(await preview("contoso", "de")).toBeNull();
    expect(
      await previewJourney(prisma, { tenantSlug, userFlowId: "x", step: "code", locale: "de" }),
    ).toBeNull();
  });
});
