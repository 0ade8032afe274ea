import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { getPrisma } from "../database/prisma-client";
import { verifyPassword } from "../crypto/password-hash";
import { submitAttributes } from "../journeys/attributes-step";
import { submitEmail } from "../journeys/email-step";
import { loadJourney } from "../journeys/load-journey";
import { journeyHarness, seedJourneyTenant } from "../../testing/journey-test-harness";
import { tablesMentioning } from "../../testing/tables-mentioning";
import type { AccountHolder } from "./account-holder";
import { accountSessionStands } from "./account-holder";
import { ACCOUNT_CLIENT_ID } from "./account-client";
import { changeMyPassword } from "./change-my-password";
import { confirmAccountDeletion } from "./confirm-account-deletion";
import { confirmEmailChange } from "./confirm-email-change";
import { loadMyAccount } from "./my-account-view";
import { removeMyPassword, LAST_WAY_IN } from "./remove-my-password";
import { revokeMyConsent } from "./revoke-my-consent";
import { startAccountDeletion } from "./start-account-deletion";
import { startEmailChange } from "./start-email-change";
import { unlinkMyIdentity } from "./unlink-my-identity";
import { updateMyProfile } from "./update-my-profile";
import { exportMyData } from "./export-my-data";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail, latestCode } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
let tenantId: string;
let flowId: string;

beforeAll(async () => {
  await seedJourneyTenant(prisma, { passwords: true });
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: tenantSlug } });
  tenantId = tenant.id;
  flowId = (await prisma.userFlow.findFirstOrThrow({ where: { tenantId } })).id;
  // Sign-ups here are by email code; the password tests turn passwords on once the account exists.
  await setProvider("EMAIL_PASSWORD", false);
});
afterAll(() => prisma.$disconnect());

const ANSWERS = {
  displayName: "Ada Account",
  BusinessName: "Ada's Apples",
  BusinessRegistrationCode: "42",
  Phone: "",
};

/** A new email-code account, as the person signed in to their account page. */
async function newAccount(
  email = freshEmail(),
  requestIp = "203.0.113.9",
): Promise<AccountHolder & { email: string }> {
  const passwords = await prisma.identityProvider.findFirstOrThrow({
    where: { tenantId, type: "EMAIL_PASSWORD" },
  });
  await setProvider("EMAIL_PASSWORD", false);
  const uid = await start("create", { login_hint: email });
  await proveEmail(uid, email);
  await submitAttributes(prisma, settings, { tenantSlug, uid, values: ANSWERS });
  await setProvider("EMAIL_PASSWORD", passwords.enabled);
  const guestUserId = (await journeyOf(uid)).guestUserId!;
  return { tenantId, guestUserId, requestIp, email };
}

async function setProvider(type: "EMAIL_OTP" | "EMAIL_PASSWORD", enabled: boolean) {
  await prisma.identityProvider.updateMany({ where: { tenantId, type }, data: { enabled } });
}

async function linkUpstream(holder: AccountHolder, name: string) {
  const provider = await prisma.identityProvider.create({
    data: {
      tenantId,
      type: "OIDC",
      displayName: `${name} ${randomBytes(3).toString("hex")}`,
      issuer: `https://${name}.test`,
    },
  });
  await prisma.userFlowIdentityProvider.create({
    data: { tenantId, userFlowId: flowId, identityProviderId: provider.id, position: 5 },
  });
  return prisma.guestIdentity.create({
    data: {
      tenantId,
      guestUserId: holder.guestUserId,
      identityProviderId: provider.id,
      signInType: "federated",
      issuer: provider.issuer!,
      issuerAssignedId: randomBytes(6).toString("hex"),
    },
  });
}

describe("the account page's profile", () => {
  it("saves the editable answers, ignores read-only ones, and says what is wrong", async () => {
    const holder = await newAccount();
    await prisma.userFlowAttribute.updateMany({
      where: { userFlowId: flowId, userAttribute: { name: "BusinessRegistrationCode" } },
      data: { editable: false },
    });
    try {
      const refused = await updateMyProfile(prisma, settings, holder, {
        displayName: "",
        BusinessName: "Ada's Apples",
      });
      expect(refused).toMatchObject({ status: "invalid" });
      expect(Object.keys((refused as { fieldErrors: object }).fieldErrors)).toEqual([
        "displayName",
      ]);

      const saved = await updateMyProfile(prisma, settings, holder, {
        displayName: "Ada Lovelace",
        BusinessName: "Ada's Apples",
        BusinessRegistrationCode: "99",
        Phone: "+44 20 7946 0000",
      });
      expect(saved).toEqual({ status: "saved", changed: ["displayName", "Phone"] });
      const account = await loadMyAccount(prisma, holder);
      expect(account.profile.values).toMatchObject({
        displayName: "Ada Lovelace",
        BusinessRegistrationCode: 42,
        Phone: "+44 20 7946 0000",
      });
      // A blank optional answer clears it.
      await updateMyProfile(prisma, settings, holder, {
        displayName: "Ada Lovelace",
        BusinessName: "Ada's Apples",
        Phone: "",
      });
      expect((await loadMyAccount(prisma, holder)).profile.values.Phone).toBeUndefined();
      const events = await prisma.auditEvent.findMany({
        where: { tenantId, action: "guest.profile_updated", actorId: holder.guestUserId },
      });
      expect(events.map((event) => event.details)).toEqual([
        { changed: ["displayName", "Phone"] },
        { changed: ["Phone"] },
      ]);
    } finally {
      await prisma.userFlowAttribute.updateMany({
        where: { userFlowId: flowId },
        data: { editable: true },
      });
    }
  });
});

describe("passwords on the account page", () => {
  beforeEach(() => setProvider("EMAIL_PASSWORD", true));
  afterEach(() => setProvider("EMAIL_PASSWORD", false));
  it("adds a password, then changes it only with the current one", async () => {
    const holder = await newAccount();
    expect(await changeMyPassword(prisma, holder, { newPassword: "password" })).toMatchObject({
      status: "invalid",
      fieldErrors: { newPassword: expect.any(String) },
    });
    expect(
      await changeMyPassword(prisma, holder, { newPassword: "correct horse battery" }),
    ).toEqual({ status: "saved", added: true });
    expect(
      await changeMyPassword(prisma, holder, {
        currentPassword: "wrong horse",
        newPassword: "another fine password",
      }),
    ).toEqual({
      status: "invalid",
      fieldErrors: { currentPassword: "That is not your current password." },
    });
    expect(
      await changeMyPassword(prisma, holder, {
        currentPassword: "correct horse battery",
        newPassword: "another fine password",
      }),
    ).toEqual({ status: "saved", added: false });
    const guest = await prisma.guestUser.findUniqueOrThrow({ where: { id: holder.guestUserId } });
    expect(await verifyPassword(guest.passwordHash!, "another fine password")).toBe(true);
  });

  it("of parallel changes from the same current password, one wins", async () => {
    const holder = await newAccount();
    await changeMyPassword(prisma, holder, { newPassword: "the first password" });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        changeMyPassword(prisma, holder, {
          currentPassword: "the first password",
          newPassword: `parallel password ${i}`,
        }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "rejected").map((r) => (r.reason as Error).message),
    ).toEqual(Array(4).fill("Your password was changed meanwhile. Reload the page."));
  });

  it("signs every other browser out when the password changes, and keeps this one", async () => {
    const holder = await newAccount();
    const session = async (sid: string, grantId: string) => {
      await prisma.oidcGrant.create({
        data: {
          id: grantId,
          tenantId,
          guestUserId: holder.guestUserId,
          clientId: "woodgrove-supplier-portal",
          payload: {},
        },
      });
      await prisma.refreshToken.create({
        data: {
          id: `rt-${grantId}`,
          tenantId,
          grantId,
          clientId: "woodgrove-supplier-portal",
          guestUserId: holder.guestUserId,
          payload: {},
          expiresAt: new Date(Date.now() + 3600_000),
        },
      });
      await prisma.oidcArtifact.create({
        data: {
          tenantId,
          kind: "Session",
          id: `session-${grantId}`,
          payload: {
            accountId: holder.guestUserId,
            authorizations: {
              [ACCOUNT_CLIENT_ID]: { sid },
              "woodgrove-supplier-portal": { sid: `${sid}-app`, grantId },
            },
          },
          expiresAt: new Date(Date.now() + 3600_000),
        },
      });
    };
    const here = randomBytes(6).toString("hex");
    await session("this-browser", `${here}-mine`);
    await session("another-browser", `${here}-theirs`);
    await changeMyPassword(
      prisma,
      { ...holder, sid: "this-browser" },
      {
        newPassword: "a fresh start for sure",
      },
    );
    const left = await prisma.oidcArtifact.findMany({
      where: { tenantId, kind: "Session", id: { startsWith: "session-" + here } },
    });
    expect(left.map((row) => row.id)).toEqual([`session-${here}-mine`]);
    expect(
      (await prisma.refreshToken.findMany({ where: { guestUserId: holder.guestUserId } })).map(
        (token) => token.id,
      ),
    ).toEqual([`rt-${here}-mine`]);
    expect(await prisma.oidcGrant.count({ where: { guestUserId: holder.guestUserId } })).toBe(1);
  });

  it("never removes the last way in, even asked ten times at once", async () => {
    const holder = await newAccount();
    await changeMyPassword(prisma, holder, { newPassword: "a password to remove" });
    await setProvider("EMAIL_OTP", false);
    try {
      await expect(removeMyPassword(prisma, holder)).rejects.toThrow(LAST_WAY_IN);
      await linkUpstream(holder, "partner");
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () => removeMyPassword(prisma, holder)),
      );
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const guest = await prisma.guestUser.findUniqueOrThrow({ where: { id: holder.guestUserId } });
      expect(guest.passwordHash).toBeNull();
    } finally {
      await setProvider("EMAIL_OTP", true);
    }
  });
});

describe("linked identities", () => {
  it("unlinks one of two upstream identities racing, never both, and never another person's", async () => {
    const holder = await newAccount();
    const other = await newAccount();
    const first = await linkUpstream(holder, "north");
    const second = await linkUpstream(holder, "south");
    const stranger = await linkUpstream(other, "east");
    await expect(unlinkMyIdentity(prisma, holder, stranger.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await setProvider("EMAIL_OTP", false);
    try {
      const results = await Promise.allSettled([
        unlinkMyIdentity(prisma, holder, first.id),
        unlinkMyIdentity(prisma, holder, second.id),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(
        await prisma.guestIdentity.count({
          where: { guestUserId: holder.guestUserId, signInType: "federated" },
        }),
      ).toBe(1);
      expect(
        (await loadMyAccount(prisma, holder)).identities.find((i) => i.federated),
      ).toMatchObject({ canUnlink: false });
    } finally {
      await setProvider("EMAIL_OTP", true);
    }
  });
});

describe("consents and sessions", () => {
  it("withdraws one application's consent with its grants and tokens", async () => {
    const holder = await newAccount();
    const clientId = "woodgrove-supplier-portal";
    await prisma.applicationConsent.create({
      data: { tenantId, guestUserId: holder.guestUserId, clientId, scopes: ["openid", "email"] },
    });
    await prisma.oidcGrant.create({
      data: {
        id: `grant-${randomBytes(4).toString("hex")}`,
        tenantId,
        guestUserId: holder.guestUserId,
        clientId,
        payload: {},
      },
    });
    const other = await newAccount();
    await expect(revokeMyConsent(prisma, other, clientId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(revokeMyConsent(prisma, holder, ACCOUNT_CLIENT_ID)).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await loadMyAccount(prisma, holder)).consents).toMatchObject([
      { clientId, applicationName: "Woodgrove supplier portal" },
    ]);
    await revokeMyConsent(prisma, holder, clientId);
    expect(
      await prisma.applicationConsent.count({ where: { guestUserId: holder.guestUserId } }),
    ).toBe(0);
    expect(await prisma.oidcGrant.count({ where: { guestUserId: holder.guestUserId } })).toBe(0);
  });

  it("stands only while the provider session it came from does, for an active account", async () => {
    const holder = await newAccount();
    const sid = randomBytes(8).toString("hex");
    await prisma.oidcArtifact.create({
      data: {
        tenantId,
        kind: "Session",
        id: randomBytes(8).toString("hex"),
        payload: {
          accountId: holder.guestUserId,
          loginTs: Math.floor(Date.now() / 1000),
          authorizations: { [ACCOUNT_CLIENT_ID]: { sid }, "woodgrove-supplier-portal": {} },
        },
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    const session = { tenantId, guestUserId: holder.guestUserId, sid };
    expect(await accountSessionStands(session)).toBe(true);
    expect((await loadMyAccount(prisma, { ...holder, sid })).sessions).toEqual([
      {
        signedInAt: expect.any(Date),
        thisBrowser: true,
        applications: ["Woodgrove supplier portal"],
      },
    ]);
    expect(await accountSessionStands({ ...session, sid: "another" })).toBe(false);
    const other = await newAccount();
    expect(await accountSessionStands({ ...session, guestUserId: other.guestUserId })).toBe(false);
    await prisma.guestUser.update({
      where: { id: holder.guestUserId },
      data: { status: "BLOCKED" },
    });
    expect(await accountSessionStands(session)).toBe(false);
  });
});

describe("changing the email address", () => {
  it("proves the new address with a code, then moves the account and tells the old address", async () => {
    const holder = await newAccount();
    const newEmail = freshEmail();
    expect(await startEmailChange(prisma, settings, holder, holder.email)).toMatchObject({
      status: "invalid",
    });
    expect(await startEmailChange(prisma, settings, holder, newEmail)).toEqual({
      status: "sent",
      email: newEmail,
    });
    expect(await confirmEmailChange(settings, holder, "000000")).toMatchObject({
      status: "refused",
      message: expect.stringContaining("tries left"),
    });
    const code = await latestCode(newEmail);
    // Another person cannot use this person's code.
    const other = await newAccount();
    expect(await confirmEmailChange(settings, other, code)).toMatchObject({ status: "refused" });

    expect(await confirmEmailChange(settings, holder, code)).toEqual({
      status: "changed",
      email: newEmail,
    });
    const guest = await prisma.guestUser.findUniqueOrThrow({
      where: { id: holder.guestUserId },
      include: { identities: true },
    });
    expect(guest.email).toBe(newEmail);
    expect(guest.identities.map((identity) => identity.issuerAssignedId)).toEqual([newEmail]);
    expect(guest.formerEmails).toEqual([holder.email]);
    expect(
      await prisma.emailMessage.count({
        where: { to: holder.email, subject: { contains: "email address" } },
      }),
    ).toBe(1);
    expect(await confirmEmailChange(settings, holder, code)).toMatchObject({ status: "refused" });
  });

  it("refuses an address another account has, once it is proven, and domains the tenant blocks", async () => {
    const holder = await newAccount();
    const taken = await newAccount();
    await startEmailChange(prisma, settings, holder, taken.email);
    expect(await confirmEmailChange(settings, holder, await latestCode(taken.email))).toEqual({
      status: "refused",
      message: "Another account already uses that address. Choose another one.",
    });
    await prisma.tenant.update({
      where: { id: tenantId },
      data: { signUpDomainPolicy: "BLOCK_LIST", signUpDomains: ["blocked.test"] },
    });
    try {
      expect(
        await startEmailChange(prisma, settings, { ...holder, requestIp: null }, "me@blocked.test"),
      ).toMatchObject({ status: "invalid" });
    } finally {
      await prisma.tenant.update({
        where: { id: tenantId },
        data: { signUpDomainPolicy: "ANY", signUpDomains: [] },
      });
    }
  });
});

describe("deleting one's own account", () => {
  it("erases everything after a code to the address; ten parallel confirmations delete once", async () => {
    const holder = await newAccount(freshEmail(), "203.0.113.77");
    // A sign-in journey by the same address, with a code: it goes too.
    const uid = await start("login");
    await submitEmail(prisma, settings, {
      tenantSlug,
      uid,
      email: holder.email,
      requestIp: "203.0.113.77",
    });
    await updateMyProfile(prisma, settings, holder, { ...ANSWERS, Phone: "+1 555 0100 77" });
    const exported = await exportMyData(prisma, holder);
    expect(exported.profile).toMatchObject({ email: holder.email, displayName: "Ada Account" });
    expect(exported.profile).not.toHaveProperty("passwordHash");

    // The account moved to another address first: the former one is erased too.
    const moved = freshEmail();
    await startEmailChange(prisma, settings, holder, moved);
    await confirmEmailChange(settings, holder, await latestCode(moved));

    expect(await startAccountDeletion(prisma, settings, holder)).toBeNull();
    expect(await startAccountDeletion(prisma, settings, holder)).toMatch(/moments ago/);
    const code = await latestCode(moved);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => confirmAccountDeletion(prisma, settings, holder, code)),
    );
    const deleted = results.filter(
      (result) => result.status === "fulfilled" && result.value.status === "deleted",
    );
    expect(deleted).toHaveLength(1);

    expect(await tablesMentioning(holder.email, moved, "203.0.113.77", "+1 555 0100 77")).toEqual(
      [],
    );
    const events = await prisma.auditEvent.findMany({
      where: { tenantId, action: "guestUser.deleted", targetId: holder.guestUserId },
    });
    expect(events).toMatchObject([{ actorType: "GUEST_USER", details: { by: "themselves" } }]);
  });
});

describe("the account page's sign-in", () => {
  it("signs people in through the tenant's flow, and never signs anyone up", async () => {
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    const uid = randomBytes(12).toString("base64url");
    const { beginJourney } = await import("../journeys/begin-journey");
    await beginJourney(prisma, tenant, {
      uid,
      prompt: { name: "login", details: {} },
      params: { client_id: ACCOUNT_CLIENT_ID, scope: "openid email", prompt: "create" },
      expiresAt: Math.floor(Date.now() / 1000) + 600,
    });
    const journey = await journeyOf(uid);
    expect(journey).toMatchObject({ kind: "SIGN_IN", userFlowId: flowId, applicationId: null });
    expect(journey.data).toMatchObject({ accountPage: true, createRequested: false });
    const page = await loadJourney(prisma, tenantSlug, uid);
    expect(page).toMatchObject({ application: { name: "your account" }, signUpAllowed: false });
    const stranger = freshEmail();
    await proveEmail(uid, stranger);
    const after = await journeyOf(uid);
    expect(after.state).toBe("BLOCKED");
    expect(after.data.stopMessage).toContain("sign up from the application");
    expect(await prisma.guestUser.count({ where: { tenantId, email: stranger } })).toBe(0);
  });
});
