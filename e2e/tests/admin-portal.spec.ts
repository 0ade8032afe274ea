import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createOperator, signInToAdmin } from "../support/admin";
import { sql } from "../support/database";
import { codeFromEmail, freshAddress, linkFromEmail } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const REDIRECT_URI = "http://localhost:9/contoso/callback";

test.describe("admin portal", () => {
  test("an operator configures a tenant by hand, and a person signs up through it with their answers in the token", async ({
    page,
    browser,
  }) => {
    const slug = `contoso-${randomBytes(3).toString("hex")}`;
    await signInToAdmin(page, E2E_STACK.adminEmail, E2E_STACK.adminPassword);

    // A tenant, with self-service sign-up switched on.
    await page.getByLabel("Name", { exact: true }).fill("Contoso");
    await page.getByLabel("Short name").fill(slug);
    await page.getByRole("button", { name: "Create tenant" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Contoso" })).toBeVisible();
    await page.getByRole("link", { name: "External collaboration" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "External collaboration" }),
    ).toBeVisible();
    await page.getByLabel("Enable guest self-service sign up via user flows").check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();

    // Two custom attributes.
    await page.getByRole("link", { name: "User attributes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "User attributes" })).toBeVisible();
    for (const [name, type] of [
      ["CompanySize", "Integer"],
      ["Region", "String"],
    ] as const) {
      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByLabel("Data type").selectOption({ label: type });
      await page.getByRole("button", { name: "Create attribute" }).click();
      await expect(page.getByText(`Attribute ${name} created.`)).toBeVisible();
    }
    await expect(page.getByRole("rowheader", { name: /^CompanySize/ })).toBeVisible();
    // Built-ins by the names Entra's admin center uses, with their claim beside.
    await expect(
      page.getByRole("rowheader", { name: "Given name Built-in · claim givenName" }),
    ).toBeVisible();

    // A user flow that asks for them, laid out by hand.
    await page.getByRole("link", { name: "User flows" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "User flows" })).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill("Contoso partners");
    await page
      .getByRole("group", { name: "User attributes to collect" })
      .getByLabel("Display name (displayName)", { exact: true })
      .check();
    await page
      .getByRole("group", { name: "User attributes to collect" })
      .getByLabel("CompanySize (custom)")
      .check();
    await page
      .getByRole("group", { name: "User attributes to collect" })
      .getByLabel("Region (custom)")
      .check();
    await page.getByRole("button", { name: "Create user flow" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Contoso partners" })).toBeVisible();

    await page.getByLabel("Label for displayName").fill("Full name");
    await page.getByLabel("displayName is required").check();
    await page.getByLabel("Label for CompanySize").fill("Number of employees");
    await page.getByLabel("CompanySize is required").check();
    await page.getByLabel("Input type for Region").selectOption({ label: "Dropdown" });
    await page.getByRole("button", { name: "Save page layout" }).click();
    await expect(page.getByText("Add at least one option.")).toBeVisible();
    await page
      .getByLabel("Options for Region")
      .fill("emea|Europe, Middle East and Africa\namer|Americas");
    await page.getByRole("button", { name: "Move Region up" }).click();
    await expect(page.getByRole("button", { name: "Move Region up" })).toBeFocused();
    await page.getByRole("button", { name: "Save page layout" }).click();
    await expect(page.getByText("Page layout saved.")).toBeVisible();

    // An application of that flow; its secret is shown once.
    await page.getByRole("link", { name: "Applications" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill("Contoso portal");
    await page.getByLabel("Redirect URIs", { exact: true }).fill(REDIRECT_URI);
    await page.getByLabel("User flow").selectOption({ label: "Contoso partners" });
    await page.getByRole("button", { name: "Register application" }).click();
    const clientSecret = (await page.getByTestId("client-secret").textContent())!;
    const clientId = (await page
      .getByText(/^Client ID:/)
      .locator("code")
      .textContent())!;
    expect(clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The register form is back for the next application, below the secret.
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("");

    // The openid-client snippet on the application's page works as copied.
    await page.getByRole("link", { name: "Open the application" }).click();
    const snippet = (await page
      .getByRole("heading", { name: "openid-client" })
      .locator("xpath=following-sibling::pre[1]")
      .textContent())!;
    const script = path.join(
      import.meta.dirname,
      "..",
      "test-results",
      "openid-client-snippet.mjs",
    );
    fs.mkdirSync(path.dirname(script), { recursive: true });
    fs.writeFileSync(script, `${snippet}\nconsole.log(config.serverMetadata().issuer);\n`);
    const run = spawnSync(process.execPath, [script], {
      cwd: path.join(import.meta.dirname, ".."),
      env: { ...process.env, GUESTLIST_CLIENT_SECRET: clientSecret },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe(`${E2E_STACK.hostedUrl}/${slug}`);

    // A person signs up through the hosted pages of that flow.
    const person = await browser.newPage();
    const email = freshAddress("contoso");
    const verifier = randomBytes(32).toString("base64url");
    const authorize = new URL(`${E2E_STACK.hostedUrl}/${slug}/auth`);
    authorize.search = new URLSearchParams({
      client_id: clientId,
      response_type: "code",
      scope: "openid profile email",
      redirect_uri: REDIRECT_URI,
      state: "contoso-state",
      nonce: "contoso-nonce",
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
      prompt: "create",
    }).toString();
    await person.goto(authorize.href);
    await expect(person.getByText("Contoso", { exact: true })).toBeVisible();
    await person.getByLabel("Email address").fill(email);
    await person.getByRole("button", { name: "Send code" }).click();
    await person.getByLabel("Verification code").fill(await codeFromEmail(email));
    await person.getByRole("button", { name: "Verify" }).click();
    await expect(person.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
    const labels = await person
      .locator("form")
      .filter({ has: person.getByRole("button", { name: "Continue" }) })
      .locator("label, legend")
      .allTextContents();
    expect(labels.slice(0, 3)).toEqual(["Full name", "Region (optional)", "Number of employees"]);
    await person.getByLabel("Full name").fill("Carla Contoso");
    await person.getByLabel("Region (optional)").selectOption({ label: "Americas" });
    await person.getByLabel("Number of employees").fill("120");
    await person.getByRole("button", { name: "Continue" }).click();
    const arrival = person.waitForRequest((request) => request.url().startsWith(REDIRECT_URI));
    await person.getByRole("button", { name: "Allow", exact: true }).click();
    const code = new URL((await arrival).url()).searchParams.get("code")!;

    const tokens = await fetch(`${E2E_STACK.hostedUrl}/${slug}/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: REDIRECT_URI,
        code_verifier: verifier,
      }),
    }).then((response) => response.json());
    const claims = JSON.parse(Buffer.from(tokens.id_token.split(".")[1], "base64url").toString());
    const extension = (await sql(`SELECT "extensionAppId" FROM "Tenant" WHERE slug = $1`, [slug]))
      .rows[0].extensionAppId;
    expect(claims).toMatchObject({
      email,
      name: "Carla Contoso",
      [`extension_${extension}_CompanySize`]: 120,
      [`extension_${extension}_Region`]: "amer",
    });

    // The audit log has all of it.
    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "application.created" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "userFlow.layoutUpdated" })).toBeVisible();
    await person.close();
  });

  test("a reader sees but cannot change, and never reaches another tenant by URL", async ({
    page,
  }) => {
    const email = `reader-${randomBytes(3).toString("hex")}@ops.test`;
    await createOperator(email, "a reader's long passphrase", "woodgrove", "READER");
    await signInToAdmin(page, email, "a reader's long passphrase");
    await page.getByRole("link", { name: "Woodgrove" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Woodgrove" })).toBeVisible();
    await page.getByRole("link", { name: "External collaboration" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "External collaboration" }),
    ).toBeVisible();
    await expect(
      page.getByText("Your role can see these settings but not change them."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
    await page.getByRole("link", { name: "User attributes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "User attributes" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /^BusinessName/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create attribute" })).toHaveCount(0);

    // A tenant the reader is not a member of, and one of its flows.
    const otherSlug = `other-${randomBytes(3).toString("hex")}`;
    const tenantId = (
      await sql(
        `INSERT INTO "Tenant" (id, slug, name, "extensionAppId", "updatedAt") VALUES (gen_random_uuid(), $1, 'Other', md5(random()::text), now()) RETURNING id`,
        [otherSlug],
      )
    ).rows[0].id;
    const flowId = (
      await sql(
        `INSERT INTO "UserFlow" (id, "tenantId", name, "updatedAt") VALUES (gen_random_uuid(), $1, 'Private flow', now()) RETURNING id`,
        [tenantId],
      )
    ).rows[0].id;
    const otherTenant = { slug: otherSlug, id: flowId };
    const response = await page.goto(
      `${E2E_STACK.adminUrl}/t/${otherTenant.slug}/user-flows/${otherTenant.id}`,
    );
    expect(response?.status()).toBe(404);
    const api = await page.request.get(
      `${E2E_STACK.adminUrl}/api/tenants/${otherTenant.slug}/audit`,
    );
    expect(api.status()).toBe(404);
  });

  test("an owner invites an operator by email, who joins with the role given", async ({
    page,
    browser,
  }) => {
    const invitee = `invitee-${randomBytes(3).toString("hex")}@ops.test`;
    await signInToAdmin(page, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await page.getByRole("link", { name: "Woodgrove" }).click();
    await page.getByRole("link", { name: "Members" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    await page.getByLabel("Email").fill(invitee);
    await page
      .getByLabel("Role", { exact: true })
      .selectOption({ label: "Attribute administrator" });
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();

    const link = await linkFromEmail(invitee, /http:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/);
    const context = await browser.newContext();
    const newcomer = await context.newPage();
    await newcomer.goto(link);
    await expect(newcomer.getByRole("heading", { level: 1, name: "Join Woodgrove" })).toBeVisible();
    await newcomer.getByLabel("Your name").fill("Ivy Invitee");
    await newcomer.getByLabel("Choose a password").fill("ivy's own long passphrase");
    await newcomer.getByRole("button", { name: "Create account and join" }).click();
    await expect(newcomer).toHaveURL(/\/sign-in/);
    await signInToAdmin(newcomer, invitee, "ivy's own long passphrase");
    await newcomer.getByRole("link", { name: "Woodgrove" }).click();
    await expect(newcomer.getByText("Your role: Attribute administrator")).toBeVisible();

    await newcomer.goto(link);
    await expect(
      newcomer.getByRole("heading", { level: 1, name: "This invitation cannot be used" }),
    ).toBeVisible();
    await context.close();
  });

  test("identity providers and API connectors keep their secrets write-only, and a flow calls a connector at a step", async ({
    page,
  }) => {
    await signInToAdmin(page, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await page.getByRole("link", { name: "Woodgrove" }).click();
    await page.getByRole("link", { name: "Identity providers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Identity providers" })).toBeVisible();
    const googleName = `Google ${randomBytes(2).toString("hex")}`;
    await page.getByLabel("Kind").selectOption({ label: "Google" });
    await page.getByLabel("Display name").fill(googleName);
    await page.getByLabel("Client ID").fill("1234.apps.googleusercontent.com");
    await page.getByLabel("Client secret").fill("google-client-secret");
    await page.getByRole("button", { name: "Add identity provider" }).click();
    await expect(page.getByText(`${googleName} added.`)).toBeVisible();
    await page.getByRole("button", { name: `Edit ${googleName}` }).click();
    await expect(
      page.getByText("A secret is stored. Leave empty to keep it; it is never shown."),
    ).toBeVisible();
    expect(await page.content()).not.toContain("google-client-secret");

    await page.getByRole("link", { name: "API connectors" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API connectors" })).toBeVisible();
    const connectorName = `Supplier check ${randomBytes(2).toString("hex")}`;
    await page.getByLabel("Display name").fill(connectorName);
    await page.getByLabel("Endpoint URL").fill("https://connectors.woodgrove.test/check");
    await page.getByLabel("Username", { exact: true }).fill("guestlist");
    await page.getByLabel("Password", { exact: true }).fill("connector-password");
    await page.getByRole("button", { name: "Add API connector" }).click();
    await expect(page.getByText(`${connectorName} added.`)).toBeVisible();
    await page.getByLabel("Client certificate (.pfx)").check();
    await page.getByLabel("Display name").fill("No certificate");
    await page.getByLabel("Endpoint URL").fill("https://crm.woodgrove.test/hook");
    await page.getByRole("button", { name: "Add API connector" }).click();
    await expect(page.getByText("Upload the client certificate (.pfx).").first()).toBeVisible();

    await page.getByRole("link", { name: "User flows" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "User flows" })).toBeVisible();
    await page.getByRole("link", { name: "Woodgrove supplier sign-up" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Woodgrove supplier sign-up" }),
    ).toBeVisible();
    await page.getByLabel("Before creating the user").selectOption({ label: connectorName });
    await page.getByRole("button", { name: "Save API connectors" }).click();
    await expect(page.getByText("API connectors saved.")).toBeVisible();
    await page.getByLabel("Before creating the user").selectOption({ label: "None" });
    await page.getByRole("button", { name: "Save API connectors" }).click();
    await expect(page.getByText("API connectors saved.")).toBeVisible();
  });
});
