import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey, listApiKeys, revokeApiKey } from "../api-keys";
import {
  assignApplicationToFlow,
  createApplication,
  deleteApplication,
  getApplication,
  listApplications,
  rotateClientSecret,
  updateApplication,
} from "../applications";
import {
  createUserAttribute,
  deleteUserAttribute,
  listUserAttributes,
  updateUserAttribute,
} from "../attributes";
import { listAuditEvents } from "../audit/list-audit-events";
import { getApiConnector, listConnectorCalls } from "../connectors/connector-calls";
import {
  createApiConnector,
  deleteApiConnector,
  listApiConnectors,
  setUserFlowConnectors,
  updateApiConnector,
} from "../connectors";
import { getPrisma } from "../database/prisma-client";
import {
  createUserFlow,
  deleteUserFlow,
  getUserFlow,
  listUserFlows,
  updatePageLayout,
  updateUserFlowSettings,
} from "../flows";
import { userFlowEditor } from "../flows/user-flow-editor";
import { getGuestUser } from "../guests/guest-details";
import { searchGuestUsers } from "../guests/guest-directory";
import {
  deleteGuestUsers,
  revokeGuestUserSessions,
  setGuestUsersBlocked,
  updateGuestUserAttributes,
} from "../guests";
import {
  createIdentityProvider,
  deleteIdentityProvider,
  listIdentityProviders,
  updateIdentityProvider,
} from "../identity-providers";
import { changeMemberRole, listMembers, removeMember } from "../members";
import {
  getGuestInvitation,
  inviteGuest,
  listGuestInvitations,
  resendGuestInvitation,
  revokeGuestInvitation,
} from "../invitations";
import { createTenantAsOperator } from "../tenants";
import { decideGuestApprovals } from "../approvals";
import {
  createTermsDocument,
  getTermsDocument,
  listTermsDocuments,
  publishTermsVersion,
} from "../terms";
import { tenantAccess, type TenantAccess } from "./tenant-access";

/*
 * Every domain function that takes a tenant's access and an id, called by the
 * owner of tenant B with tenant A's ids: each answers "not found", exactly as
 * for an id that does not exist, and tenant A's rows are left as they were.
 * Lists seen by B never show A's rows.
 */

const prisma = getPrisma();
const key = randomBytes(32).toString("base64");
let a: TenantAccess;
let b: TenantAccess;
const ids: Record<string, string> = {};
const invitationSettings = {
  email: { from: "A <no-reply@a.test>", encryptionKey: key },
  hostedUrl: "http://localhost:3001",
};

beforeAll(async () => {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const operator = async (email: string) =>
    (await prisma.operator.create({ data: { email, displayName: email, passwordHash: "x" } })).id;
  const ownerA = await operator("iso-owner-a@ops.test");
  const ownerB = await operator("iso-owner-b@ops.test");
  await createTenantAsOperator(prisma, ownerA, { slug: "iso-a", name: "Isolation A" });
  await createTenantAsOperator(prisma, ownerB, { slug: "iso-b", name: "Isolation B" });
  a = await tenantAccess(prisma, ownerA, "iso-a");
  b = await tenantAccess(prisma, ownerB, "iso-b");

  const emailOtp = await prisma.identityProvider.findFirstOrThrow({
    where: { tenantId: a.tenant.id, type: "EMAIL_OTP" },
  });
  ids.emailOtp = emailOtp.id;
  ids.attribute = (await createUserAttribute(prisma, a, { name: "Region", dataType: "STRING" })).id;
  ids.flow = (
    await createUserFlow(prisma, a, {
      name: "A flow",
      identityProviderIds: [emailOtp.id],
      attributeIds: [ids.attribute],
    })
  ).id;
  ids.application = (
    await createApplication(prisma, a, {
      name: "A app",
      type: "CONFIDENTIAL",
      redirectUris: ["https://a.test/cb"],
      postLogoutRedirectUris: [],
      userFlowId: ids.flow,
    })
  ).application.id;
  ids.connector = (
    await createApiConnector(prisma, a, key, {
      displayName: "A check",
      endpointUrl: "https://a.example/check",
      authType: "BASIC",
      basicUsername: "a",
      basicPassword: "a-secret",
    })
  ).id;
  ids.identityProvider = (
    await createIdentityProvider(prisma, a, key, {
      type: "GOOGLE",
      displayName: "Google",
      enabled: true,
      clientId: "a.apps.googleusercontent.com",
      clientSecret: "a-google-secret",
    })
  ).id;
  ids.apiKey = (
    await createApiKey(prisma, a, { name: "A key", role: "READER", expiresInDays: undefined })
  ).apiKey.id;
  ids.guest = (
    await prisma.guestUser.create({
      data: { tenantId: a.tenant.id, email: "guest@a.test", displayName: "A guest" },
    })
  ).id;
  ids.membership = (
    await prisma.tenantMembership.findFirstOrThrow({ where: { tenantId: a.tenant.id } })
  ).id;
  ids.terms = (
    await createTermsDocument(prisma, a, {
      name: "A terms",
      firstVersion: { title: "A terms", url: "https://a.test/terms" },
    })
  ).id;
  ids.invitation = (
    await inviteGuest(prisma, a, invitationSettings, {
      email: "invited@a.test",
      applicationId: ids.application,
    })
  ).id;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

/** A's rows, to prove nothing B tried changed them. */
async function snapshotOfA() {
  const where = { tenantId: a.tenant.id };
  return JSON.stringify(
    await Promise.all([
      prisma.userAttribute.findMany({ where, orderBy: { id: "asc" } }),
      prisma.userFlow.findMany({ where, orderBy: { id: "asc" } }),
      prisma.application.findMany({ where, orderBy: { id: "asc" } }),
      prisma.apiConnector.findMany({ where, orderBy: { id: "asc" } }),
      prisma.identityProvider.findMany({ where, orderBy: { id: "asc" } }),
      prisma.apiKey.findMany({ where, orderBy: { id: "asc" } }),
      prisma.guestUser.findMany({ where, orderBy: { id: "asc" } }),
      prisma.tenantMembership.findMany({ where, orderBy: { id: "asc" } }),
      prisma.guestInvitation.findMany({ where, orderBy: { id: "asc" } }),
      prisma.termsVersion.findMany({ where, orderBy: { id: "asc" } }),
    ]),
  );
}

describe("tenant isolation", () => {
  it("answers not_found to every id-taking function called with another tenant's ids, changing nothing", async () => {
    const before = await snapshotOfA();
    const attempts: [string, () => Promise<unknown>][] = [
      ["getApplication", () => getApplication(prisma, b, ids.application!)],
      [
        "updateApplication",
        () =>
          updateApplication(prisma, b, ids.application!, {
            name: "stolen",
            type: "PUBLIC",
            redirectUris: ["https://b.test/cb"],
            postLogoutRedirectUris: [],
            userFlowId: null,
          }),
      ],
      ["assignApplicationToFlow", () => assignApplicationToFlow(prisma, b, ids.application!, null)],
      ["rotateClientSecret", () => rotateClientSecret(prisma, b, ids.application!)],
      ["deleteApplication", () => deleteApplication(prisma, b, ids.application!)],
      [
        "updateUserAttribute",
        () => updateUserAttribute(prisma, b, ids.attribute!, { name: "Stolen", description: "" }),
      ],
      ["deleteUserAttribute", () => deleteUserAttribute(prisma, b, ids.attribute!)],
      ["getUserFlow", () => getUserFlow(prisma, b, ids.flow!)],
      ["userFlowEditor", () => userFlowEditor(prisma, b, ids.flow!)],
      [
        "updateUserFlowSettings",
        () =>
          updateUserFlowSettings(prisma, b, ids.flow!, {
            name: "stolen",
            enabled: false,
            identityProviderIds: [ids.emailOtp!],
            returnClaims: [],
          }),
      ],
      ["updatePageLayout", () => updatePageLayout(prisma, b, ids.flow!, { entries: [] })],
      [
        "setUserFlowConnectors",
        () =>
          setUserFlowConnectors(prisma, b, ids.flow!, {
            POST_FEDERATION_SIGNUP: null,
            POST_ATTRIBUTE_COLLECTION: null,
          }),
      ],
      ["deleteUserFlow", () => deleteUserFlow(prisma, b, ids.flow!)],
      ["getApiConnector", () => getApiConnector(prisma, b, ids.connector!)],
      ["listConnectorCalls", () => listConnectorCalls(prisma, b, ids.connector!)],
      [
        "updateApiConnector",
        () =>
          updateApiConnector(prisma, b, key, ids.connector!, {
            displayName: "stolen",
            endpointUrl: "https://b.example/check",
            authType: "BASIC",
            basicUsername: "b",
            basicPassword: "",
          }),
      ],
      ["deleteApiConnector", () => deleteApiConnector(prisma, b, ids.connector!)],
      [
        "updateIdentityProvider",
        () =>
          updateIdentityProvider(prisma, b, key, ids.identityProvider!, {
            type: "GOOGLE",
            displayName: "stolen",
            enabled: false,
            clientId: "b.apps.googleusercontent.com",
            clientSecret: "",
          }),
      ],
      ["deleteIdentityProvider", () => deleteIdentityProvider(prisma, b, ids.identityProvider!)],
      ["revokeApiKey", () => revokeApiKey(prisma, b, ids.apiKey!)],
      ["getGuestUser", () => getGuestUser(prisma, b, ids.guest!)],
      [
        "updateGuestUserAttributes",
        () =>
          updateGuestUserAttributes(prisma, b, ids.guest!, { attributes: { displayName: "x" } }),
      ],
      ["setGuestUsersBlocked", () => setGuestUsersBlocked(prisma, b, { ids: [ids.guest!] }, true)],
      ["revokeGuestUserSessions", () => revokeGuestUserSessions(prisma, b, ids.guest!)],
      ["deleteGuestUsers", () => deleteGuestUsers(prisma, b, { ids: [ids.guest!] })],
      ["changeMemberRole", () => changeMemberRole(prisma, b, ids.membership!, "READER")],
      ["removeMember", () => removeMember(prisma, b, ids.membership!)],
      ["getGuestInvitation", () => getGuestInvitation(prisma, b, ids.invitation!)],
      [
        "resendGuestInvitation",
        () => resendGuestInvitation(prisma, b, invitationSettings, ids.invitation!),
      ],
      ["revokeGuestInvitation", () => revokeGuestInvitation(prisma, b, ids.invitation!)],
      [
        "decideGuestApprovals",
        () =>
          decideGuestApprovals(prisma, b, invitationSettings, {
            ids: [ids.guest!],
            decision: "DECLINE",
          }),
      ],
      ["getTermsDocument", () => getTermsDocument(prisma, b, ids.terms!)],
      [
        "publishTermsVersion",
        () => publishTermsVersion(prisma, b, ids.terms!, { title: "stolen", markdown: "x" }),
      ],
    ];
    for (const [name, attempt] of attempts)
      await expect(attempt(), name).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshotOfA()).toBe(before);
  });

  it("never lists another tenant's rows", async () => {
    const lists = await Promise.all([
      listApplications(prisma, b),
      listUserAttributes(prisma, b),
      listUserFlows(prisma, b),
      listApiConnectors(prisma, b),
      listIdentityProviders(prisma, b),
      listApiKeys(prisma, b),
      listMembers(prisma, b),
      listAuditEvents(prisma, b),
      searchGuestUsers(prisma, b, {}),
      listGuestInvitations(prisma, b, {}),
      listTermsDocuments(prisma, b),
    ]);
    const seen = JSON.stringify(lists);
    for (const [name, id] of Object.entries(ids)) expect(seen, name).not.toContain(id);
    expect(seen).not.toContain("guest@a.test");
    expect(seen).not.toContain("invited@a.test");
  });
});
