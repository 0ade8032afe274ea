import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { offerProviderInFlow, signInToAdmin } from "../support/admin";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

/** A generic OpenID Connect provider; `trustEmail` says its verified addresses need no code. */
async function addOidcProvider(admin: Page, name: string, issuer: string, trustEmail = false) {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/identity-providers`);
  await admin.getByLabel("Kind").selectOption({ label: "OpenID Connect" });
  await admin.getByLabel("Display name").fill(name);
  await admin.getByLabel("Issuer or discovery URL").fill(issuer);
  await admin.getByLabel("Client ID").fill("guestlist-e2e");
  await admin.getByLabel("Client secret").fill("upstream-client-secret");
  const trust = admin.getByLabel("Trust the addresses it marks as verified");
  await expect(trust).not.toBeChecked();
  await trust.setChecked(trustEmail);
  await admin.getByRole("button", { name: "Add identity provider" }).click();
  await expect(admin.getByText(`${name} added.`)).toBeVisible();
}

/**
 * A generic OpenID Connect provider on the test upstream, offered by the demo
 * flow while `run` runs (named `<label> <random>`), then taken out of it again.
 */
async function withUpstreamInFlow(
  browser: Browser,
  options: { label: string; trustEmail: boolean },
  run: (partner: string, admin: Page) => Promise<void>,
) {
  const partner = `${options.label} ${randomBytes(2).toString("hex")}`;
  const admin = await browser.newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await addOidcProvider(admin, partner, E2E_STACK.upstreamIdpUrl, options.trustEmail);
  await offerProviderInFlow(admin, partner, true);
  try {
    await run(partner, admin);
  } finally {
    await offerProviderInFlow(admin, partner, false);
  }
}

/** The upstream's development pages: log in with any name when asked, confirm when asked, until back with us. */
async function signInUpstream(page: Page, login: string) {
  await page.waitForURL(
    (url) =>
      url.href.startsWith(E2E_STACK.upstreamIdpUrl) ||
      url.href.startsWith(`${E2E_STACK.demoUrl}/portal`),
  );
  for (let step = 0; step < 4 && page.url().startsWith(E2E_STACK.upstreamIdpUrl); step++) {
    const loginField = page.locator('input[name="login"]');
    if (await loginField.isVisible()) {
      await loginField.fill(login);
      await page.locator('input[name="password"]').fill("anything");
    }
    await page.locator('button[type="submit"]').first().click();
    await page.waitForLoadState();
  }
}

function claim(page: Page, name: string | RegExp) {
  return page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) })
    .getByRole("cell");
}

test.describe("sign-up with an upstream OpenID Connect provider", () => {
  test("a partner signs up with their own IdP, signs in with it again, and the IdP being down is explained", async ({
    page,
    browser,
  }) => {
    const suffix = randomBytes(2).toString("hex");
    const partner = `Partner ID ${suffix}`;
    const broken = `Broken ID ${suffix}`;
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await addOidcProvider(admin, partner, E2E_STACK.upstreamIdpUrl, true);
    await addOidcProvider(admin, broken, "http://localhost:9");
    await offerProviderInFlow(admin, partner, true);
    await offerProviderInFlow(admin, broken, true);

    try {
      const login = freshAddress("federated");
      await page.goto(E2E_STACK.demoUrl);
      await page.getByRole("button", { name: "Request your supplier account" }).click();

      // The IdP that cannot be reached: a message, and the other ways stay.
      await page.getByRole("button", { name: broken }).click();
      await expect(page.getByText(`${broken} cannot be reached right now.`)).toBeVisible();

      await page.getByRole("button", { name: partner }).click();
      await signInUpstream(page, login);
      await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
      await expect(page.getByLabel("Your name")).toHaveValue(`Upstream ${login.split("@")[0]}`);
      await page.getByLabel("Business name").fill("Federated Foods");
      await page.getByLabel("Business registration code").fill("31337");
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("button", { name: "Allow", exact: true }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await expect(claim(page, "idp")).toHaveText(E2E_STACK.upstreamIdpUrl);
      await expect(claim(page, "email")).toHaveText(login);

      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("button", { name: partner }).click();
      // Whatever the upstream asks again, Guestlist asks no questions this time.
      await signInUpstream(page, login);
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await expect(claim(page, /^extension_[0-9a-f]{32}_BusinessName$/)).toHaveText(
        "Federated Foods",
      );
    } finally {
      await offerProviderInFlow(admin, partner, false);
      await offerProviderInFlow(admin, broken, false);
    }
  });

  test("an upstream identity with the email of an existing account is linked only after a code", async ({
    page,
    browser,
  }) => {
    const email = freshAddress("linking");
    // An account made with an email code first.
    await page.goto(E2E_STACK.demoUrl);
    await page.getByRole("button", { name: "Request your supplier account" }).click();
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send code" }).click();
    await page.getByLabel("Verification code").fill(await codeFromEmail(email, 1));
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByLabel("Your name").fill("Linda Link");
    await page.getByLabel("Business name").fill("Linked Ltd");
    await page.getByLabel("Business registration code").fill("5150");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    const sub = await claim(page, "sub").textContent();

    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    const partner = `Linking ID ${randomBytes(2).toString("hex")}`;
    await addOidcProvider(admin, partner, E2E_STACK.upstreamIdpUrl);
    await offerProviderInFlow(admin, partner, true);
    try {
      const other = await browser.newContext();
      const person = await other.newPage();
      await person.goto(E2E_STACK.demoUrl);
      await person.getByRole("button", { name: "Sign in" }).click();
      await person.getByRole("button", { name: partner }).click();
      await signInUpstream(person, email);
      await expect(person.getByText(`You already have an account with ${email}.`)).toBeVisible();
      await person.getByLabel("Verification code").fill(await codeFromEmail(email, 2));
      await person.getByRole("button", { name: "Verify" }).click();
      await expect(person).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await expect(claim(person, "sub")).toHaveText(sub!);
      await other.close();
    } finally {
      await offerProviderInFlow(admin, partner, false);
    }
  });

  test("an upstream the admin does not trust for email must prove the address with a code before an account exists", async ({
    page,
    browser,
  }) => {
    await withUpstreamInFlow(
      browser,
      { label: "Untrusted ID", trustEmail: false },
      async (partner) => {
        // Anyone can tell this upstream any address: the victim's, here. No account follows.
        const victim = freshAddress("unproven");
        await page.goto(E2E_STACK.demoUrl);
        await page.getByRole("button", { name: "Request your supplier account" }).click();
        await page.getByRole("button", { name: partner }).click();
        await signInUpstream(page, victim);
        await expect(
          page.getByRole("heading", { level: 1, name: "Check your email" }),
        ).toBeVisible();
        await expect(page.getByText(`Enter the code we sent to ${victim}`)).toBeVisible();
        await page.getByLabel("Verification code").fill("000000");
        await page.getByRole("button", { name: "Verify" }).click();
        await expect(page.getByRole("link", { name: /That code is not right/ })).toBeVisible();

        // The address's owner, who receives the code, continues to the questions.
        await page.getByLabel("Verification code").fill(await codeFromEmail(victim, 1));
        await page.getByRole("button", { name: "Verify" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
      },
    );
  });

  test("a federated sign-up that loses the race for an address never receives that account", async ({
    page,
    browser,
  }) => {
    await withUpstreamInFlow(browser, { label: "Racing ID", trustEmail: true }, async (partner) => {
      const victim = freshAddress("raced");
      // The attacker's upstream asserts the victim's address; they wait on "About you".
      await page.goto(E2E_STACK.demoUrl);
      await page.getByRole("button", { name: "Request your supplier account" }).click();
      await page.getByRole("button", { name: partner }).click();
      await signInUpstream(page, victim);
      await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();

      // Meanwhile the victim signs up with an email code.
      const victimContext = await browser.newContext();
      const person = await victimContext.newPage();
      await person.goto(E2E_STACK.demoUrl);
      await person.getByRole("button", { name: "Request your supplier account" }).click();
      await person.getByLabel("Email address").fill(victim);
      await person.getByRole("button", { name: "Send code" }).click();
      await person.getByLabel("Verification code").fill(await codeFromEmail(victim, 1));
      await person.getByRole("button", { name: "Verify" }).click();
      await person.getByLabel("Your name").fill("Victor Victim");
      await person.getByLabel("Business name").fill("Victim Ventures");
      await person.getByLabel("Business registration code").fill("1");
      await person.getByRole("button", { name: "Continue" }).click();
      await person.getByRole("button", { name: "Allow", exact: true }).click();
      await expect(person).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      const victimSub = await claim(person, "sub").textContent();
      await victimContext.close();

      await page.getByLabel("Business name").fill("Attacker Inc");
      await page.getByLabel("Business registration code").fill("2");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByText(`There is already an account for ${victim}.`)).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      expect(page.url()).not.toContain(E2E_STACK.demoUrl);
      expect(victimSub).toBeTruthy();
    });
  });

  test("an upstream sign-in finished in another browser does not complete the journey that started it", async ({
    page,
    browser,
  }) => {
    await withUpstreamInFlow(browser, { label: "Bound ID", trustEmail: true }, async (partner) => {
      // The attacker starts a sign-in and keeps the upstream's authorization URL. It is read
      // from the request rather than routed away: when the click lands before the page's
      // scripts run, the form posts natively and the upstream is reached by a redirect,
      // which page.route never sees.
      const upstreamRequest = page.waitForRequest(
        (request) =>
          request.url().startsWith(E2E_STACK.upstreamIdpUrl) && request.url().includes("state="),
      );
      await page.goto(E2E_STACK.demoUrl);
      await page.getByRole("button", { name: "Request your supplier account" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Create your account" }),
      ).toBeVisible();
      const journeyUrl = page.url();
      await page.getByRole("button", { name: partner }).click();
      const upstreamUrl = (await upstreamRequest).url();

      // The victim, lured to that URL, signs in at the upstream and comes back to Guestlist.
      const victimContext = await browser.newContext();
      const victim = await victimContext.newPage();
      await victim.goto(upstreamUrl);
      await signInUpstream(victim, freshAddress("lured"));
      await expect(
        victim.getByRole("heading", { level: 1, name: "This page has expired" }),
      ).toBeVisible();
      await victimContext.close();

      // The attacker's journey did not receive the victim's identity.
      await page.goto(journeyUrl);
      await expect(page.getByRole("heading", { level: 1, name: "About you" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: partner })).toBeVisible();
    });
  });

  test("a flow that offers only an upstream provider shows no email field and sends no code", async ({
    page,
    browser,
  }) => {
    await withUpstreamInFlow(
      browser,
      { label: "Only ID", trustEmail: false },
      async (partner, admin) => {
        await offerProviderInFlow(admin, "Email one-time passcode", false);
        try {
          await page.goto(E2E_STACK.demoUrl);
          await page.getByRole("button", { name: "Sign in" }).click();
          await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
          await expect(page.getByRole("button", { name: partner })).toBeVisible();
          await expect(page.getByLabel("Email address")).toHaveCount(0);
          await page.getByRole("button", { name: "Create one" }).click();
          await expect(
            page.getByRole("heading", { level: 1, name: "Create your account" }),
          ).toBeVisible();
          await expect(page.getByLabel("Email address")).toHaveCount(0);
          await expect(page.getByRole("button", { name: partner })).toBeVisible();
        } finally {
          await offerProviderInFlow(admin, "Email one-time passcode", true);
        }
      },
    );
  });

  test("an ID token whose signature does not match is refused, and the person can choose another way", async ({
    page,
    browser,
  }) => {
    const forged = `Forged ID ${randomBytes(2).toString("hex")}`;
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await addOidcProvider(admin, forged, E2E_STACK.forgingIdpUrl);
    await offerProviderInFlow(admin, forged, true);
    try {
      await page.goto(E2E_STACK.demoUrl);
      await page.getByRole("button", { name: "Request your supplier account" }).click();
      await page.getByRole("button", { name: forged }).click();
      await page.waitForURL((url) => url.href.startsWith(E2E_STACK.forgingIdpUrl));
      for (let step = 0; step < 4 && page.url().startsWith(E2E_STACK.forgingIdpUrl); step++) {
        const loginField = page.locator('input[name="login"]');
        if (await loginField.isVisible()) {
          await loginField.fill(freshAddress("forged"));
          await page.locator('input[name="password"]').fill("anything");
        }
        await page.locator('button[type="submit"]').first().click();
        await page.waitForLoadState();
      }
      await expect(page.getByText(`Signing in with ${forged} did not work.`)).toBeVisible();
      await expect(page.getByLabel("Email address")).toBeVisible();
    } finally {
      await offerProviderInFlow(admin, forged, false);
    }
  });
});
