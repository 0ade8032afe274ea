import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { decryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { submitAttributes } from "../journeys/attributes-step";
import { submitEmail } from "../journeys/email-step";
import { INVITATION_WITHDRAWN } from "../journeys/sign-up-admission";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { describeInvitationLink } from "./describe-invitation-link";
import { invitationsFromCsv } from "./invitation-csv";
import { inviteGuest } from "./invite-guest";
import { inviteGuests } from "./invite-guests";
import { listGuestInvitations } from "./list-guest-invitations";
import { resendGuestInvitation } from "./resend-guest-invitation";
import { revokeGuestInvitation } from "./revoke-guest-invitation";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, encryptionKey, start, journeyOf, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
const invitationSettings = {
  email: settings.email,
  hostedUrl: "https://login.woodgrove.test",
};
let owner: TenantAccess;
let applicationId: string;

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
  applicationId = (
    await prisma.application.findUniqueOrThrow({
      where: { clientId: "woodgrove-supplier-portal" },
    })
  ).id;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

/** The link token in the newest invitation email to `email`. */
async function linkTokenSentTo(email: string): Promise<string> {
  const message = await prisma.emailMessage.findFirstOrThrow({
    where: { to: email, subject: { contains: "invited you" } },
    orderBy: { createdAt: "desc" },
  });
  const body = JSON.parse(
    decryptSecret(message.bodyEncrypted!, encryptionKey, `email-body:${message.id}`),
  ) as { text: string };
  return /\/woodgrove\/invitations\/([A-Za-z0-9_-]{43})/.exec(body.text)![1]!;
}

async function setSelfService(open: boolean) {
  await prisma.tenant.update({
    where: { slug: tenantSlug },
    data: { selfServiceSignUpEnabled: open },
  });
}

const answers = {
  displayName: "Ina Invited",
  BusinessName: "Ina's Figs",
  BusinessRegistrationCode: "4512",
  Phone: "",
};

describe("guest invitations", () => {
  it("invites by email: pending, a single-use link in the email, an audit event", async () => {
    const email = freshEmail();
    const invitation = await inviteGuest(prisma, owner, invitationSettings, {
      email: email.toUpperCase(),
      applicationId,
      attributes: { BusinessName: "Figs Ltd" },
      message: "Welcome aboard <b>now</b>",
    });
    expect(invitation).toMatchObject({
      email,
      status: "PENDING",
      application: { id: applicationId },
      attributes: { BusinessName: "Figs Ltd" },
      invitedByName: "admin@woodgrove.test",
    });
    const token = await linkTokenSentTo(email);
    const stored = await prisma.guestInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await describeInvitationLink(owner.tenant.id, token)).toMatchObject({
      status: "PENDING",
      email,
      applicationName: "Woodgrove supplier portal",
    });
    expect(
      await prisma.auditEvent.count({
        where: { action: "guestInvitation.created", targetId: invitation.id },
      }),
    ).toBe(1);
    const html = await prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
    const body = JSON.parse(
      decryptSecret(html.bodyEncrypted!, encryptionKey, `email-body:${html.id}`),
    ) as { html: string };
    expect(body.html).toContain("&lt;b&gt;now&lt;/b&gt;");
  });

  it("refuses what is not the tenant's or not valid: applications, attributes, roles", async () => {
    const other = await prisma.tenant.create({
      data: { slug: "invite-other", name: "Other", extensionAppId: "f".repeat(32) },
    });
    const foreignApp = await prisma.application.create({
      data: { tenantId: other.id, name: "Theirs", clientId: "invite-other-app" },
    });
    await expect(
      inviteGuest(prisma, owner, invitationSettings, {
        email: freshEmail(),
        applicationId: foreignApp.id,
      }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      details: { fieldIssues: [{ path: "applicationId" }] },
    });
    await expect(
      inviteGuest(prisma, owner, invitationSettings, {
        email: freshEmail(),
        applicationId,
        attributes: { Nope: "x", BusinessRegistrationCode: "12ab" },
      }),
    ).rejects.toMatchObject({
      details: {
        fieldIssues: [
          { path: "attributes.Nope" },
          { path: "attributes.BusinessRegistrationCode", message: "Enter a whole number." },
        ],
      },
    });
    await expect(
      inviteGuest(prisma, { ...owner, role: "READER" }, invitationSettings, {
        email: freshEmail(),
        applicationId,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("creates one invitation when ten identical requests race", async () => {
    const email = freshEmail();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        inviteGuest(prisma, owner, invitationSettings, { email, applicationId }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((r) => r.status === "rejected"))
      expect(result.reason).toMatchObject({ code: "conflict" });
    expect(await prisma.guestInvitation.count({ where: { email } })).toBe(1);
    expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(1);
  });

  it("lets an invited person sign up where self-service is off, with the address locked and values pre-set", async () => {
    await setSelfService(false);
    try {
      const email = freshEmail();
      const invitation = await inviteGuest(prisma, owner, invitationSettings, {
        email,
        applicationId,
        attributes: { BusinessName: "Preset Figs", city: "Lyon" },
      });
      const token = await linkTokenSentTo(email);
      const uid = await start("login", {}, { invitationToken: token });
      expect(await journeyOf(uid)).toMatchObject({
        kind: "SIGN_UP",
        email,
        data: { invitation: { id: invitation.id, email } },
      });

      await submitEmail(prisma, settings, {
        tenantSlug,
        uid,
        email: freshEmail(),
        requestIp: null,
      });
      expect((await journeyOf(uid)).data.flash?.fieldErrors?.email).toContain(
        `This invitation is for ${email}`,
      );

      await proveEmail(uid, email);
      const collecting = await journeyOf(uid);
      expect(collecting).toMatchObject({
        state: "COLLECTING_ATTRIBUTES",
        data: { signUpInvitationId: invitation.id, presets: { BusinessName: "Preset Figs" } },
      });
      await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
      const done = await journeyOf(uid);
      expect(done.state).toBe("COMPLETED");
      const guest = await prisma.guestUser.findUniqueOrThrow({ where: { id: done.guestUserId! } });
      // Answered on the page wins; pre-set but not asked is kept.
      expect(guest).toMatchObject({ city: "Lyon", attributes: { BusinessName: "Ina's Figs" } });
      expect(
        await prisma.guestInvitation.findUniqueOrThrow({ where: { id: invitation.id } }),
      ).toMatchObject({ status: "ACCEPTED", acceptedGuestUserId: guest.id, pendingKey: null });
      expect(
        await prisma.auditEvent.count({
          where: { action: "guestInvitation.accepted", targetId: invitation.id },
        }),
      ).toBe(1);
      expect((await describeInvitationLink(owner.tenant.id, token))?.status).toBe("ACCEPTED");
    } finally {
      await setSelfService(true);
    }
  });

  it("refuses a stranger on an invitation-only flow, and admits the invited address without the link", async () => {
    const flow = await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } });
    await prisma.userFlow.update({ where: { id: flow.id }, data: { invitationOnly: true } });
    try {
      const stranger = freshEmail();
      const strangerUid = await start("create");
      expect((await journeyOf(strangerUid)).data.invitation).toBeUndefined();
      await proveEmail(strangerUid, stranger);
      expect(await journeyOf(strangerUid)).toMatchObject({
        state: "BLOCKED",
        data: { stopMessage: expect.stringContaining("by invitation only") as string },
      });
      expect(await prisma.guestUser.count({ where: { email: stranger } })).toBe(0);

      // Another browser, without the link's cookie: the proven address is the invitation's.
      const invited = freshEmail();
      await inviteGuest(prisma, owner, invitationSettings, { email: invited, applicationId });
      const uid = await start("create");
      await proveEmail(uid, invited);
      expect((await journeyOf(uid)).state).toBe("COLLECTING_ATTRIBUTES");
      await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
      expect((await journeyOf(uid)).state).toBe("COMPLETED");
    } finally {
      await prisma.userFlow.update({ where: { id: flow.id }, data: { invitationOnly: false } });
    }
  });

  it("creates no account when the invitation is revoked before the sign-up finishes", async () => {
    await setSelfService(false);
    try {
      const email = freshEmail();
      const invitation = await inviteGuest(prisma, owner, invitationSettings, {
        email,
        applicationId,
      });
      const uid = await start("create", {}, { invitationToken: await linkTokenSentTo(email) });
      await proveEmail(uid, email);
      await revokeGuestInvitation(prisma, owner, invitation.id);
      await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
      expect(await journeyOf(uid)).toMatchObject({
        state: "BLOCKED",
        data: { stopMessage: INVITATION_WITHDRAWN },
      });
      expect(await prisma.guestUser.count({ where: { email } })).toBe(0);
      await expect(revokeGuestInvitation(prisma, owner, invitation.id)).rejects.toMatchObject({
        code: "conflict",
      });
    } finally {
      await setSelfService(true);
    }
  });

  it("leaves exactly one of the two when a revocation races the sign-up", async () => {
    await setSelfService(false);
    try {
      for (let round = 0; round < 5; round++) {
        const email = freshEmail();
        const invitation = await inviteGuest(prisma, owner, invitationSettings, {
          email,
          applicationId,
        });
        const uid = await start("create");
        await proveEmail(uid, email);
        await Promise.allSettled([
          submitAttributes(prisma, settings, { tenantSlug, uid, values: answers }),
          revokeGuestInvitation(prisma, owner, invitation.id),
        ]);
        const stored = await prisma.guestInvitation.findUniqueOrThrow({
          where: { id: invitation.id },
        });
        const accounts = await prisma.guestUser.count({ where: { email } });
        expect([stored.status, accounts]).toEqual(
          stored.status === "ACCEPTED" ? ["ACCEPTED", 1] : ["REVOKED", 0],
        );
      }
    } finally {
      await setSelfService(true);
    }
  });

  it("signs an existing account in through its invitation and records it accepted", async () => {
    const email = freshEmail();
    const first = await start("create");
    await proveEmail(first, email);
    await submitAttributes(prisma, settings, { tenantSlug, uid: first, values: answers });
    const guestId = (await journeyOf(first)).guestUserId;

    const invitation = await inviteGuest(prisma, owner, invitationSettings, {
      email,
      applicationId,
    });
    const uid = await start("login", {}, { invitationToken: await linkTokenSentTo(email) });
    await proveEmail(uid, email);
    expect(await journeyOf(uid)).toMatchObject({ state: "COMPLETED", guestUserId: guestId });
    expect(
      await prisma.guestInvitation.findUniqueOrThrow({ where: { id: invitation.id } }),
    ).toMatchObject({ status: "ACCEPTED", acceptedGuestUserId: guestId });
  });

  it("ignores expired, revoked and replaced links, and resends with a new one", async () => {
    const email = freshEmail();
    const invitation = await inviteGuest(prisma, owner, invitationSettings, {
      email,
      applicationId,
    });
    const first = await linkTokenSentTo(email);
    const resent = await resendGuestInvitation(prisma, owner, invitationSettings, invitation.id);
    expect(resent).toMatchObject({ status: "PENDING", sentCount: 2 });
    const second = await linkTokenSentTo(email);
    expect(second).not.toBe(first);
    expect(await describeInvitationLink(owner.tenant.id, first)).toBeNull();
    expect((await journeyOf(await start("login", {}, { invitationToken: first }))).kind).toBe(
      "SIGN_IN",
    );

    await prisma.guestInvitation.update({
      where: { id: invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await describeInvitationLink(owner.tenant.id, second))?.status).toBe("EXPIRED");
    expect(
      (await journeyOf(await start("login", {}, { invitationToken: second }))).data.invitation,
    ).toBeUndefined();
    // An expired invitation does not block inviting the person again.
    const again = await inviteGuest(prisma, owner, invitationSettings, { email, applicationId });
    expect(again.status).toBe("PENDING");
    await expect(
      resendGuestInvitation(prisma, owner, invitationSettings, invitation.id),
    ).rejects.toMatchObject({ code: "conflict" });

    await revokeGuestInvitation(prisma, owner, again.id);
    const revokedToken = await linkTokenSentTo(email);
    expect((await describeInvitationLink(owner.tenant.id, revokedToken))?.status).toBe("REVOKED");
    expect(
      (await journeyOf(await start("login", {}, { invitationToken: revokedToken }))).data
        .invitation,
    ).toBeUndefined();
  });

  it("invites from a CSV: each row on its own, reasons for the refused ones", async () => {
    const ok = [freshEmail(), freshEmail()];
    const csv = [
      "\uFEFFemail,BusinessName,BusinessRegistrationCode",
      `${ok[0]},"Figs, Dates & Co",12`,
      `not-an-address,X,1`,
      `${ok[1]},,`,
      `${ok[0]},Again,3`,
      `${freshEmail()},Y,twelve`,
    ].join("\r\n");
    const result = await inviteGuests(prisma, owner, invitationSettings, {
      invitations: invitationsFromCsv(csv, { applicationId, expiresInDays: 3 }),
    });
    expect(result.invited.map((row) => [row.row, row.email])).toEqual([
      [1, ok[0]],
      [3, ok[1]],
    ]);
    expect(result.rejected.map((row) => row.row)).toEqual([2, 4, 5]);
    expect(result.rejected[2]!.issues).toEqual([
      { path: "attributes.BusinessRegistrationCode", message: "Enter a whole number." },
    ]);
    const stored = await prisma.guestInvitation.findFirstOrThrow({ where: { email: ok[0] } });
    expect(stored.attributes).toEqual({
      BusinessName: "Figs, Dates & Co",
      BusinessRegistrationCode: 12,
    });
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3 * 24 * 3600 * 1000);
    expect(() => invitationsFromCsv("name\nAda", { applicationId })).toThrow(/"email" column/);
    expect(() => invitationsFromCsv('email\n"unterminated', { applicationId })).toThrow(
      /not valid CSV/,
    );
  });

  it("lists by status, application and address, a page at a time", async () => {
    const email = `lister-${Date.now()}@list.test`;
    const made = await inviteGuest(prisma, owner, invitationSettings, { email, applicationId });
    const byAddress = await listGuestInvitations(prisma, owner, { q: "LISTER-" });
    expect(byAddress.invitations.map((row) => row.id)).toEqual([made.id]);
    const pending = await listGuestInvitations(prisma, owner, { status: "PENDING", limit: 200 });
    expect(pending.invitations.every((row) => row.status === "PENDING")).toBe(true);
    const expired = await listGuestInvitations(prisma, owner, { status: "EXPIRED" });
    expect(expired.invitations.every((row) => row.status === "EXPIRED")).toBe(true);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listGuestInvitations(prisma, owner, { limit: 2, cursor });
      seen.push(...page.invitations.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(
      await prisma.guestInvitation.count({ where: { tenantId: owner.tenant.id } }),
    );
    await expect(listGuestInvitations(prisma, owner, { cursor: "junk" })).rejects.toMatchObject({
      code: "invalid_input",
    });
  });
});
