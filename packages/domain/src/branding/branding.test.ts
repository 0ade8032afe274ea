import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { contrastRatio } from "./colour-contrast";
import { createHash } from "node:crypto";
import { updateTenantBranding } from "./update-tenant-branding";
import { uploadBrandingImage } from "./upload-branding-image";
import { removeBrandingImage } from "./remove-branding-image";
import { readBrandingAsset } from "./read-branding-asset";
import { hostedBranding } from "./hosted-branding";
import { updateApplicationBranding } from "./update-application-branding";
import { setApplicationLogo } from "./set-application-logo";
import { loadJourney } from "../journeys/load-journey";

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

const PNG = (seed: number) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, seed]);

describe("the page background and custom CSS", () => {
  it("refuse a background the dark text cannot be read on, and CSS that fetches from elsewhere; keep clean CSS as css-tree writes it", async () => {
    await expect(
      updateTenantBranding(prisma, owner, { backgroundColor: "#1e293b" }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["backgroundColor"] })],
    });
    for (const css of [
      "main { background: url(https://tracker.test/pixel.png) }",
      '@import "https://evil.test/x.css";',
      "@font-face { font-family: x; src: local(x) }",
      "main { width: expression(alert(1)) }",
      "main { behavior: url(x.htc) }",
      "main { color: red </style><script>alert(1)</script>",
    ]) {
      await expect(
        updateTenantBranding(prisma, owner, { customCss: css }),
        css,
      ).rejects.toMatchObject({
        code: "invalid_input",
        details: { fieldIssues: [expect.objectContaining({ path: "customCss" })] },
      });
    }
    const saved = await updateTenantBranding(prisma, owner, {
      backgroundColor: "#F0FDFA",
      customCss:
        "main { border-radius: 0 }\n@media (min-width: 640px) { h1 { letter-spacing: .02em } }",
    });
    expect(saved.brandingBackgroundColor).toBe("#f0fdfa");
    expect(saved.brandingCustomCss).toBe(
      "main{border-radius:0}@media (min-width:640px){h1{letter-spacing:.02em}}",
    );
    const served = await readBrandingAsset(saved.id, "css", saved.brandingCustomCssSha!);
    expect(served?.body.toString()).toBe(saved.brandingCustomCss);
    expect(served?.contentType).toBe("text/css; charset=utf-8");
    expect(await readBrandingAsset(saved.id, "css", "0".repeat(64))).toBeNull();
  });
});

describe("a logo and a favicon", () => {
  it("are stored by the type their bytes show, within their size, and served only under their current SHA-256", async () => {
    await expect(
      uploadBrandingImage(prisma, owner, "LOGO", new TextEncoder().encode("<html>not an image")),
    ).rejects.toMatchObject({
      code: "invalid_input",
      details: { fieldIssues: [{ path: "logo" }] },
    });
    await expect(
      uploadBrandingImage(prisma, owner, "LOGO", new Uint8Array(200 * 1024 + 1).fill(0xff)),
    ).rejects.toMatchObject({ code: "invalid_input" });
    // A PNG is no favicon type problem, a GIF is.
    await expect(
      uploadBrandingImage(prisma, owner, "FAVICON", new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39])),
    ).rejects.toMatchObject({
      code: "invalid_input",
      details: { fieldIssues: [{ path: "favicon" }] },
    });
    await expect(
      uploadBrandingImage(prisma, { ...owner, role: "READER" }, "LOGO", PNG(1)),
    ).rejects.toMatchObject({ code: "forbidden" });

    const svg = await uploadBrandingImage(
      prisma,
      owner,
      "FAVICON",
      new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
    );
    expect(svg.contentType).toBe("image/svg+xml");

    // Five uploads at once: whichever wins, the tenant names the stored one.
    await Promise.all(
      [1, 2, 3, 4, 5].map((seed) => uploadBrandingImage(prisma, owner, "LOGO", PNG(seed))),
    );
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: owner.tenant.id } });
    const stored = await prisma.brandingAsset.findUniqueOrThrow({
      where: { tenantId_kind: { tenantId: tenant.id, kind: "LOGO" } },
    });
    expect(stored.sha256).toBe(tenant.brandingLogoSha);
    const served = await readBrandingAsset(tenant.id, "logo", tenant.brandingLogoSha!);
    expect(served).toMatchObject({ contentType: "image/png" });
    expect(new Uint8Array(served!.body)).toEqual(new Uint8Array(stored.bytes));
    expect(hostedBranding(tenant).logoUrl).toBe(
      `/api/branding/assets/${tenant.id}/logo/${tenant.brandingLogoSha}`,
    );
    // Another tenant's id, a stale SHA, a made-up path: nothing.
    expect(
      await readBrandingAsset(crypto.randomUUID(), "logo", tenant.brandingLogoSha!),
    ).toBeNull();
    expect(
      await readBrandingAsset(tenant.id, "logo", createHash("sha256").update("x").digest("hex")),
    ).toBeNull();
    expect(await readBrandingAsset(tenant.id, "logo", "../../etc/passwd")).toBeNull();

    await removeBrandingImage(prisma, owner, "LOGO");
    const after = await prisma.tenant.findUniqueOrThrow({ where: { id: owner.tenant.id } });
    expect(after.brandingLogoSha).toBeNull();
    expect(hostedBranding(after).logoUrl).toBeNull();
    expect(await readBrandingAsset(tenant.id, "logo", tenant.brandingLogoSha!)).toBeNull();
    expect(
      await prisma.auditEvent.count({
        where: {
          tenantId: owner.tenant.id,
          action: { in: ["branding.imageUploaded", "branding.imageRemoved"] },
        },
      }),
    ).toBe(7);
  });
});

describe("an application's own branding", () => {
  it("overrides the tenant's name, colours and logo on that application's pages only, with the same checks", async () => {
    const { start } = journeyHarness(prisma, "woodgrove", "woodgrove-supplier-portal");
    const application = await prisma.application.findFirstOrThrow({
      where: { clientId: "woodgrove-supplier-portal" },
    });
    await expect(
      updateApplicationBranding(prisma, owner, application.id, { primaryColor: "#fde68a" }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["primaryColor"] })] });
    await expect(
      updateApplicationBranding(prisma, { ...owner, role: "READER" }, application.id, {}),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateApplicationBranding(prisma, owner, crypto.randomUUID(), { displayName: "X" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      setApplicationLogo(prisma, owner, application.id, new TextEncoder().encode("no image")),
    ).rejects.toMatchObject({ code: "invalid_input" });

    await updateTenantBranding(prisma, owner, { primaryColor: "#1e3a8a" });
    await updateApplicationBranding(prisma, owner, application.id, {
      displayName: "Supplier Portal",
      primaryColor: "#0f766e",
    });
    const logo = await setApplicationLogo(prisma, owner, application.id, PNG(42));
    const view = await loadJourney(prisma, "woodgrove", await start("login"));
    expect(view.tenant).toMatchObject({
      name: "Supplier Portal",
      primaryColor: "#0f766e",
      logoUrl: `/api/branding/assets/${owner.tenant.id}/logo/${logo!.sha256}`,
    });
    const served = await readBrandingAsset(owner.tenant.id, "logo", logo!.sha256);
    expect(new Uint8Array(served!.body)).toEqual(PNG(42));

    // Back to the tenant's: empty values and no logo.
    await updateApplicationBranding(prisma, owner, application.id, {});
    await setApplicationLogo(prisma, owner, application.id, null);
    const plain = await loadJourney(prisma, "woodgrove", await start("login"));
    expect(plain.tenant).toMatchObject({ primaryColor: "#1e3a8a", logoUrl: null });
    expect(await readBrandingAsset(owner.tenant.id, "logo", logo!.sha256)).toBeNull();
  });
});
