import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** axe-core on the page as it is now: no serious or critical violation, colour contrast included. */
export async function expectAccessible(page: Page, what: string) {
  // After a client-side navigation Next.js streams the new <title> in: check the settled page.
  await expect(page).toHaveTitle(/\S/);
  await page.screenshot({
    path: test.info().outputPath(`${what.replaceAll(/[^a-z0-9]+/gi, "-")}.png`),
    fullPage: true,
  });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(" ")),
    }));
  expect(serious, what).toEqual([]);
}
