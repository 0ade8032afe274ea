import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import { setGuestUsersBlocked } from "../guests/set-guest-users-blocked";
import { inviteGuest } from "../invitations/invite-guest";
import { submitAttributes } from "../journeys/attributes-step";
import { cancelJourney } from "../journeys/navigation";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { AWAITING_APPROVAL_DESCRIPTION } from "./approval-policy";
import { englishText } from "../i18n/text";
import { decideGuestApprovals } from "./decide-guest-approvals";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
const adminSettings = { email: settings.email };
let owner: TenantAccess;
let flowId: string;

const answers = {
  displayName: "Paz Pending",
  BusinessName: "Paz Pears",
  BusinessRegistrationCode: "31",
  Phone: "",
};

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
  flowId = (await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } })).id;
});
beforeEach(async () => {
  await prisma.userFlow.update({
    where: { id: flowId },
    data: { requiresApproval: true, approvalExemptDomains: ["trusted.test"] },
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

async function signUp(email = freshEmail()) {
  const uid = await start("create");
  await proveEmail(uid, email);
  await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
  return { email, uid, journey: await journeyOf(uid) };
}

const statusOf = async (email: string) =>
  (await prisma.guestUser.findFirstOrThrow({ where: { email } })).status;

describe("approval before access", () => {
  it("creates the account waiting, issues nothing, and emails the approvers", async () => {
    const { email, uid, journey } = await signUp();
    expect(journey).toMatchObject({ state: "AWAITING_APPROVAL", email });
    expect(journey.data.outcome).toBeUndefined();
    expect(journey.data.provenEmail).toBeUndefined();
    const guest = await prisma.guestUser.findFirstOrThrow({ where: { email } });
    expect(guest).toMatchObject({ status: "PENDING_APPROVAL", lastSignInAt: null });
    expect(guest.approvalRequestedAt).toBeInstanceOf(Date);
    expect(
      await prisma.emailMessage.count({
        where: { to: "admin@woodgrove.test", subject: { contains: `${email} is waiting` } },
      }),
    ).toBe(1);

    await cancelJourney({ tenantSlug, uid });
    expect((await journeyOf(uid)).data.outcome).toEqual({
      error: "access_denied",
      error_description: AWAITING_APPROVAL_DESCRIPTION,
    });
  });

  it("brings a waiting person back to the waiting page when they sign in again", async () => {
    const { email } = await signUp();
    const again = await start("login");
    await proveEmail(again, email);
    expect(await journeyOf(again)).toMatchObject({ state: "AWAITING_APPROVAL", email });
  });

  it("lets exempt domains and invited people straight in", async () => {
    expect((await signUp(`ana-${Date.now()}@eu.trusted.test`)).journey.state).toBe("COMPLETED");
    const invited = freshEmail();
    const application = await prisma.application.findUniqueOrThrow({
      where: { clientId: "woodgrove-supplier-portal" },
    });
    await inviteGuest(
      prisma,
      owner,
      { email: settings.email, hostedUrl: "https://login.test" },
      { email: invited, applicationId: application.id },
    );
    expect((await signUp(invited)).journey.state).toBe("COMPLETED");
  });

  it("approves once, however many approvers click at the same time, and tells the person", async () => {
    const { email } = await signUp();
    const guest = await prisma.guestUser.findFirstOrThrow({ where: { email } });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        decideGuestApprovals(prisma, owner, adminSettings, {
          ids: [guest.id],
          decision: "APPROVE",
        }),
      ),
    );
    expect(results.reduce((sum, result) => sum + result.changed, 0)).toBe(1);
    expect(await prisma.guestUser.findUniqueOrThrow({ where: { id: guest.id } })).toMatchObject({
      status: "ACTIVE",
      approvalDecidedBy: "admin@woodgrove.test",
    });
    expect(
      await prisma.emailMessage.count({ where: { to: email, subject: { contains: "approved" } } }),
    ).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { action: "guestUser.approved", targetId: guest.id },
      }),
    ).toBe(1);
    const signIn = await start("login");
    await proveEmail(signIn, email);
    expect(await journeyOf(signIn)).toMatchObject({ state: "COMPLETED", guestUserId: guest.id });
  });

  it("declines with a reason, keeps the person out, and can still approve later", async () => {
    const { email } = await signUp();
    const guest = await prisma.guestUser.findFirstOrThrow({ where: { email } });
    await decideGuestApprovals(prisma, owner, adminSettings, {
      ids: [guest.id],
      decision: "DECLINE",
      reason: "We only work with registered growers.",
    });
    expect(await prisma.guestUser.findUniqueOrThrow({ where: { id: guest.id } })).toMatchObject({
      status: "DECLINED",
      approvalReason: "We only work with registered growers.",
    });
    const declined = await prisma.emailMessage.findFirstOrThrow({
      where: { to: email, subject: { contains: "declined" } },
    });
    expect(declined).toBeTruthy();
    const signIn = await start("login");
    await proveEmail(signIn, email);
    expect(await journeyOf(signIn)).toMatchObject({
      state: "BLOCKED",
      data: { stopMessage: englishText("messages.accountDeclined") },
    });

    // Unblocking never approves; declining again changes nothing.
    await setGuestUsersBlocked(prisma, owner, { ids: [guest.id] }, false);
    expect(await statusOf(email)).toBe("DECLINED");
    expect(
      (
        await decideGuestApprovals(prisma, owner, adminSettings, {
          ids: [guest.id],
          decision: "DECLINE",
        })
      ).changed,
    ).toBe(0);
    await decideGuestApprovals(prisma, owner, adminSettings, {
      ids: [guest.id],
      decision: "APPROVE",
    });
    expect(await statusOf(email)).toBe("ACTIVE");
  });

  it("refuses readers and another tenant's ids", async () => {
    const { email } = await signUp();
    const guest = await prisma.guestUser.findFirstOrThrow({ where: { email } });
    await expect(
      decideGuestApprovals(prisma, { ...owner, role: "READER" }, adminSettings, {
        ids: [guest.id],
        decision: "APPROVE",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const other = await prisma.tenant.create({
      data: { slug: "approval-other", name: "Other", extensionAppId: "e".repeat(32) },
    });
    await expect(
      decideGuestApprovals(prisma, { ...owner, tenant: other }, adminSettings, {
        ids: [guest.id],
        decision: "APPROVE",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await statusOf(email)).toBe("PENDING_APPROVAL");
  });
});
