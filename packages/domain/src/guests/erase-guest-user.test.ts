import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { decideGuestApprovals } from "../approvals/decide-guest-approvals";
import { getPrisma } from "../database/prisma-client";
import { inviteGuest } from "../invitations/invite-guest";
import { submitAttributes } from "../journeys/attributes-step";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { tablesMentioning } from "../../testing/tables-mentioning";
import { deleteGuestUsers } from "./delete-guest-users";
import { exportGuestData } from "./export-guest-data";
import { setGuestUsersBlocked } from "./set-guest-users-blocked";
import { updateGuestUserAttributes } from "./update-guest-user-attributes";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
let owner: TenantAccess;

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
});
afterAll(() => prisma.$disconnect());

describe("erasing a guest user", () => {
  it("leaves no row with their address or id anywhere in the database, and one event without personal data", async () => {
    const email = freshEmail();
    const flow = await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } });
    await prisma.userFlow.update({ where: { id: flow.id }, data: { requiresApproval: true } });
    const uid = await start("create", { login_hint: email });
    await proveEmail(uid, email);
    await submitAttributes(prisma, settings, {
      tenantSlug,
      uid,
      values: {
        displayName: "Erin Erasable",
        BusinessName: "Erin's Eggs",
        BusinessRegistrationCode: "77",
        Phone: "",
      },
      requestIp: "192.0.2.77",
    });
    await prisma.userFlow.update({ where: { id: flow.id }, data: { requiresApproval: false } });
    const guestId = (await journeyOf(uid)).guestUserId!;
    await decideGuestApprovals(prisma, owner, settings, { ids: [guestId], decision: "APPROVE" });
    await updateGuestUserAttributes(prisma, owner, guestId, {
      attributes: { city: "Erinsborough" },
    });
    await setGuestUsersBlocked(prisma, owner, { ids: [guestId] }, true);
    await setGuestUsersBlocked(prisma, owner, { ids: [guestId] }, false);
    const application = await prisma.application.findUniqueOrThrow({
      where: { clientId: "woodgrove-supplier-portal" },
    });
    await inviteGuest(
      prisma,
      owner,
      { email: settings.email, hostedUrl: "https://login.test" },
      { email, applicationId: application.id },
    );
    // A sign-in that was started with their address and never finished.
    await start("login", { login_hint: email });
    await prisma.oidcArtifact.create({
      data: {
        tenantId: owner.tenant.id,
        kind: "Interaction",
        id: "erase-me",
        payload: { params: { login_hint: email }, session: { accountId: guestId } },
      },
    });
    expect((await tablesMentioning(email)).length).toBeGreaterThan(3);

    // Before: everything held about them, in one document, without the password's hash.
    const data = await exportGuestData(prisma, owner, guestId);
    expect(data).toMatchObject({
      profile: { email, city: "Erinsborough", status: "ACTIVE", hasPassword: false },
      identities: [{ signInType: "emailAddress", issuerAssignedId: email }],
      invitations: [{ status: "PENDING" }],
    });
    expect(data.history.map((event) => event.action)).toEqual(
      expect.arrayContaining(["guest.signed_up", "guestUser.approved", "guestUser.blocked"]),
    );
    expect(JSON.stringify(data)).not.toContain("passwordHash");
    await expect(
      exportGuestData(prisma, { ...owner, role: "READER" }, guestId),
    ).rejects.toMatchObject({ code: "forbidden" });

    await deleteGuestUsers(prisma, owner, { ids: [guestId] });

    expect(await tablesMentioning(email)).toEqual([]);
    expect(await tablesMentioning("Erinsborough")).toEqual([]);
    expect(await tablesMentioning("192.0.2.77")).toEqual([]);
    const remaining = await prisma.auditEvent.findMany({
      where: { targetId: guestId, action: "guestUser.deleted" },
    });
    expect(remaining).toHaveLength(1);
    expect(JSON.stringify(remaining[0]!.details)).not.toContain("@");
  });
});
