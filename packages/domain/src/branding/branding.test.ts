import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import { demoTenantOwner, seedJourneyTenant } from "../../testing/journey-test-harness";
import { contrastRatio } from "./colour-contrast";
import { updateTenantBranding } from "./update-tenant-branding";

const prisma = getPrisma();
let owner: TenantAccess;

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
});
afterAll(() => prisma.$disconnect());

describe("colour contrast", () => {
  it("follows WCAG: 21 for black on white, 1 for a colour on itself, symmetric", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1d4ed8", "#1d4ed8")).toBe(1);
    expect(contrastRatio("#ffffff", "#1d4ed8")).toBeCloseTo(contrastRatio("#1d4ed8", "#fff"), 10);
    // Guestlist's blue passes AA with white text; a light yellow does not.
    expect(contrastRatio("#1d4ed8", "#ffffff")).toBeGreaterThan(4.5);
    expect(contrastRatio("#facc15", "#ffffff")).toBeLessThan(4.5);
  });
});

describe("a tenant's branding", () => {
  it("sets the name and colour with an audit event, refuses an unreadable colour, and empties back to the defaults", async () => {
    const updated = await updateTenantBranding(prisma, owner, {
      displayName: " Woodgrove Suppliers ",
      primaryColor: "#0F766E",
    });
    expect(updated).toMatchObject({
      brandingDisplayName: "Woodgrove Suppliers",
      brandingPrimaryColor: "#0f766e",
    });
    await expect(
      updateTenantBranding(prisma, owner, { displayName: "", primaryColor: "#facc15" }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: expect.stringMatching(/hard to read/) })],
    });
    await expect(
      updateTenantBranding(prisma, owner, { primaryColor: "red; background: url(x)" }),
    ).rejects.toThrow();
    await expect(
      updateTenantBranding(prisma, { ...owner, role: "READER" }, { primaryColor: "" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const cleared = await updateTenantBranding(prisma, owner, {
      displayName: "",
      primaryColor: "",
    });
    expect(cleared).toMatchObject({ brandingDisplayName: null, brandingPrimaryColor: null });
    expect(
      await prisma.auditEvent.count({
        where: { tenantId: owner.tenant.id, action: "branding.updated" },
      }),
    ).toBe(2);
  });
});
