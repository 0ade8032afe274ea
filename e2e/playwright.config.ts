import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_STACK } from "./support/stack";

// Workers re-read this file; the variable keeps every process on the same throw-away data dir.
process.env.GUESTLIST_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "guestlist-e2e-"));

// Debian's Chromium where it is installed (CI and these machines cannot download
// Playwright's browsers); Playwright's own browser everywhere else.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const launchOptions = fs.existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    }
  : {};

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "./playwright-report" }]],
  globalTeardown: "./support/global-teardown.ts",
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } },
    // The hosted journeys again at a phone's size: most people sign up on one.
    {
      name: "phone",
      testMatch: /(sign-up|hosted-journey)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, launchOptions },
    },
  ],
  webServer: [
    {
      command: "pnpm exec tsx support/upstream-idp.ts",
      url: `${E2E_STACK.upstreamIdpUrl}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      env: {
        UPSTREAM_IDP_PORT: String(E2E_STACK.upstreamIdpPort),
        HOSTED_URL: E2E_STACK.hostedUrl,
      },
    },
    {
      command: "pnpm exec tsx support/upstream-idp.ts",
      url: `${E2E_STACK.forgingIdpUrl}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      env: {
        UPSTREAM_IDP_PORT: String(E2E_STACK.forgingIdpPort),
        HOSTED_URL: E2E_STACK.hostedUrl,
        UPSTREAM_TAMPER_ID_TOKENS: "true",
      },
    },
    {
      command: "pnpm exec tsx support/saml-idp.ts",
      url: `${E2E_STACK.samlIdpUrl}/metadata`,
      reuseExistingServer: false,
      env: { SAML_IDP_PORT: String(E2E_STACK.samlIdpPort), HOSTED_URL: E2E_STACK.hostedUrl },
    },
    {
      command: "pnpm exec tsx support/fake-connector.ts",
      url: `${E2E_STACK.fakeConnectorUrl}/health`,
      reuseExistingServer: false,
      env: { FAKE_CONNECTOR_PORT: String(E2E_STACK.fakeConnectorPort) },
    },
    {
      command: "pnpm exec tsx support/fake-resend.ts",
      url: `${E2E_STACK.fakeResendUrl}/health`,
      reuseExistingServer: false,
      env: { FAKE_RESEND_PORT: String(E2E_STACK.fakeResendPort) },
    },
    {
      command: "pnpm -s guestlist start",
      cwd: "..",
      url: `${E2E_STACK.demoUrl}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        GUESTLIST_DATA_DIR: process.env.GUESTLIST_E2E_DATA_DIR,
        EMBEDDED_POSTGRES_PORT: String(E2E_STACK.postgresPort),
        ADMIN_PORT: String(E2E_STACK.adminPort),
        HOSTED_PORT: String(E2E_STACK.hostedPort),
        DEMO_PORT: String(E2E_STACK.demoPort),
        ADMIN_URL: E2E_STACK.adminUrl,
        HOSTED_URL: E2E_STACK.hostedUrl,
        DEMO_URL: E2E_STACK.demoUrl,
        GUESTLIST_ADMIN_EMAIL: E2E_STACK.adminEmail,
        GUESTLIST_ADMIN_PASSWORD: E2E_STACK.adminPassword,
        RESEND_API_KEY: "re_e2e_fake_key",
        RESEND_BASE_URL: E2E_STACK.fakeResendUrl,
        EMAIL_FROM: "Woodgrove <onboarding@woodgrove.test>",
        // Every test's browser comes from 127.0.0.1, as many people behind one NAT would.
        GUESTLIST_EMAIL_CODES_PER_IP: "1000",
        // A failing webhook receiver is tried again within seconds, not minutes.
        GUESTLIST_WEBHOOK_RETRY_SCHEDULE: "1,1,1,1,1,1,1",
      },
    },
  ],
});
