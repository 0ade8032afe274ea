import { z } from "zod";
import {
  deleteGuestUsers,
  exportGuestData,
  getGuestUser,
  resetGuestSecondFactors,
  revokeGuestUserSessions,
  searchGuestUsers,
  setGuestUsersBlocked,
  updateGuestUserAttributes,
} from "@guestlist/domain/guests";
import {
  ZGuestAttributeChanges,
  ZGuestDirectoryQuery,
  ZGuestUserIds,
  ZGuestUserStatus,
  type TGuestAttributeChanges,
  type TGuestDirectoryQuery,
  type TGuestUserIds,
} from "@guestlist/domain/guests/schemas";
import { decideGuestApprovals } from "@guestlist/domain/approvals";
import { adminEmailSettings } from "@/config";
import { guestExport, ZGuestExportQuery, type TGuestExportQuery } from "@/lib/guest-export";
import { operation, type OperationContext } from "../operation";
import { present } from "../present";
import { ZId, ZTimestamp, ZTimestamps } from "./common";

const ZAttributeValue = z.union([z.string(), z.number(), z.boolean()]).nullable();

const ZGuestUserSummary = z
  .object({
    id: ZId,
    email: z.string(),
    emailVerified: z.boolean(),
    status: ZGuestUserStatus,
    displayName: z.string().nullable(),
    givenName: z.string().nullable(),
    surname: z.string().nullable(),
    attributes: z.record(z.string(), ZAttributeValue).describe("Custom attribute values, typed."),
    userFlow: z.object({ id: ZId, name: z.string() }).nullable(),
    application: z.object({ id: ZId, name: z.string() }).nullable(),
    identities: z.array(
      z.object({
        signInType: z.string(),
        issuer: z.string(),
        identityProvider: z
          .object({ id: ZId, displayName: z.string(), type: z.string() })
          .nullable(),
      }),
    ),
    lastSignInAt: ZTimestamp.nullable(),
    ...ZTimestamps,
  })
  .meta({ title: "GuestUserSummary" });

const ZGuestUser = ZGuestUserSummary.extend({
  jobTitle: z.string().nullable(),
  streetAddress: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
  hasPassword: z.boolean(),
  secondFactors: z
    .array(
      z.object({
        id: ZId,
        type: z.enum(["PASSKEY", "TOTP"]),
        name: z.string(),
        backedUp: z.boolean().describe("A synced (multi-device) passkey."),
        createdAt: ZTimestamp,
        lastUsedAt: ZTimestamp.nullable(),
      }),
    )
    .describe("Passkeys and authenticator apps; secrets and keys are never returned."),
  recoveryCodesLeft: z.number().int(),
  approvalRequestedAt: ZTimestamp.nullable(),
  approvalDecidedAt: ZTimestamp.nullable(),
  approvalDecidedBy: z.string().nullable(),
  approvalReason: z.string().nullable(),
  termsAcceptances: z
    .array(
      z.object({
        id: ZId,
        document: z.object({ id: ZId, name: z.string() }),
        version: z.number().int(),
        termsVersion: z.object({ title: z.string() }),
        acceptedAt: ZTimestamp,
        clientIp: z.string().nullable(),
      }),
    )
    .describe("Terms versions the user accepted, newest first."),
  openSessions: z.number().int(),
  attributeValues: z.array(
    z.object({
      name: z.string(),
      dataType: z.enum(["STRING", "INTEGER", "BOOLEAN"]),
      builtIn: z.boolean(),
      value: ZAttributeValue,
    }),
  ),
  connectorCalls: z
    .array(
      z.object({
        id: ZId,
        connector: z.object({ id: ZId, displayName: z.string() }),
        step: z.string(),
        attempt: z.number().int(),
        httpStatus: z.number().int().nullable(),
        outcome: z.string(),
        latencyMs: z.number().int(),
        userMessage: z.string().nullable(),
        failureReason: z.string().nullable(),
        createdAt: ZTimestamp,
      }),
    )
    .describe("API connector calls made during the user's sign-up."),
}).meta({ title: "GuestUser" });

const tag = "Guest users";
const one = (value: unknown) => present(ZGuestUser, value);

const ZDecline = z.object({
  reason: z
    .string()
    .max(1000)
    .optional()
    .describe("Emailed to the person, and kept on the account."),
});
const ZBulkDecline = ZGuestUserIds.extend(ZDecline.shape);

function approvalDecision(decision: "APPROVE" | "DECLINE") {
  return async ({ prisma, access, params, body }: OperationContext<unknown, unknown>) => {
    const reason = (body as { reason?: string } | undefined)?.reason;
    await decideGuestApprovals(prisma, access, adminEmailSettings(), {
      ids: [params.id!],
      decision,
      reason,
    });
    return { json: one(await getGuestUser(prisma, access, params.id!)) };
  };
}

function statusChange(blocked: boolean) {
  return async ({ prisma, access, params }: OperationContext<unknown, unknown>) => {
    await setGuestUsersBlocked(prisma, access, { ids: [params.id!] }, blocked);
    return { json: one(await getGuestUser(prisma, access, params.id!)) };
  };
}

export const guestUserOperations = [
  operation<TGuestDirectoryQuery>({
    method: "GET",
    path: "/guest-users",
    operationId: "listGuestUsers",
    tag,
    summary: "Search the directory: filters, sorting and keyset pagination",
    query: ZGuestDirectoryQuery,
    response: {
      status: 200,
      schema: z.object({ items: z.array(ZGuestUserSummary), nextCursor: z.string().nullable() }),
    },
    async handle({ prisma, access, query }) {
      const { users, nextCursor } = await searchGuestUsers(prisma, access, query);
      return { json: { items: users.map((user) => present(ZGuestUserSummary, user)), nextCursor } };
    },
  }),
  operation<TGuestExportQuery>({
    method: "GET",
    path: "/guest-users/export",
    operationId: "exportGuestUsers",
    tag,
    summary: "Export the filtered directory as CSV or a JSON array, streamed",
    query: ZGuestExportQuery,
    response: { status: 200, mediaTypes: ["text/csv", "application/json"] },
    async handle({ prisma, access, query }) {
      return { download: guestExport(prisma, access, query) };
    },
  }),
  operation<undefined, TGuestUserIds>({
    method: "POST",
    path: "/guest-users/bulk-block",
    operationId: "blockGuestUsers",
    tag,
    summary: "Block a selection of users; their sessions and tokens end",
    permission: "guestUsers.manage",
    body: ZGuestUserIds,
    response: { status: 200, schema: z.object({ changed: z.number().int() }) },
    async handle({ prisma, access, body }) {
      return { json: await setGuestUsersBlocked(prisma, access, body, true) };
    },
  }),
  operation<undefined, TGuestUserIds>({
    method: "POST",
    path: "/guest-users/bulk-delete",
    operationId: "deleteGuestUsers",
    tag,
    summary: "Delete a selection of users",
    permission: "guestUsers.manage",
    body: ZGuestUserIds,
    response: { status: 200, schema: z.object({ deleted: z.number().int() }) },
    async handle({ prisma, access, body }) {
      return { json: await deleteGuestUsers(prisma, access, body) };
    },
  }),
  operation({
    method: "GET",
    path: "/guest-users/{id}",
    operationId: "getGuestUser",
    tag,
    summary: "Get a user: attributes, identities, provenance, sign-up connector calls",
    response: { status: 200, schema: ZGuestUser },
    async handle({ prisma, access, params }) {
      return { json: one(await getGuestUser(prisma, access, params.id!)) };
    },
  }),
  operation<undefined, TGuestAttributeChanges>({
    method: "PATCH",
    path: "/guest-users/{id}",
    operationId: "updateGuestUser",
    tag,
    summary: "Change attribute values (null clears one); each is checked against its data type",
    permission: "guestUsers.manage",
    body: ZGuestAttributeChanges,
    response: { status: 200, schema: ZGuestUser },
    async handle({ prisma, access, params, body }) {
      await updateGuestUserAttributes(prisma, access, params.id!, body);
      return { json: one(await getGuestUser(prisma, access, params.id!)) };
    },
  }),
  operation({
    method: "DELETE",
    path: "/guest-users/{id}",
    operationId: "deleteGuestUser",
    tag,
    summary:
      "Delete a user and erase what is held about them (sessions, journeys, emails, invitations, personal data in the audit log)",
    permission: "guestUsers.manage",
    response: { status: 204 },
    async handle({ prisma, access, params }) {
      await deleteGuestUsers(prisma, access, { ids: [params.id!] });
      return { status: 204 };
    },
  }),
  operation({
    method: "POST",
    path: "/guest-users/{id}/block",
    operationId: "blockGuestUser",
    tag,
    summary: "Block a user: they cannot sign in, and their sessions and tokens end",
    permission: "guestUsers.manage",
    response: { status: 200, schema: ZGuestUser },
    handle: statusChange(true),
  }),
  operation({
    method: "POST",
    path: "/guest-users/{id}/unblock",
    operationId: "unblockGuestUser",
    tag,
    summary: "Let a blocked user sign in again",
    permission: "guestUsers.manage",
    response: { status: 200, schema: ZGuestUser },
    handle: statusChange(false),
  }),
  operation({
    method: "POST",
    path: "/guest-users/{id}/revoke-sessions",
    operationId: "revokeGuestUserSessions",
    tag,
    summary: "Sign a user out everywhere",
    permission: "guestUsers.manage",
    response: { status: 200, schema: z.object({ sessions: z.number().int() }) },
    async handle({ prisma, access, params }) {
      return { json: await revokeGuestUserSessions(prisma, access, params.id!) };
    },
  }),
  operation({
    method: "POST",
    path: "/guest-users/{id}/reset-second-factors",
    operationId: "resetGuestUserSecondFactors",
    tag,
    summary:
      "Remove a user's passkeys, authenticator apps and recovery codes (a lost device); their next sign-in sets one up again where the flow requires it",
    permission: "guestUsers.manage",
    response: { status: 200, schema: z.object({ removed: z.number().int() }) },
    async handle({ prisma, access, params }) {
      return { json: await resetGuestSecondFactors(prisma, access, params.id!) };
    },
  }),
  operation({
    method: "GET",
    path: "/guest-users/{id}/data",
    operationId: "exportGuestUserData",
    tag,
    summary:
      "Everything held about one user, as one JSON document (profile, identities, consents, terms, invitations, history)",
    permission: "guestUsers.manage",
    response: { status: 200, schema: z.record(z.string(), z.unknown()) },
    async handle({ prisma, access, params }) {
      return { json: await exportGuestData(prisma, access, params.id!) };
    },
  }),
  operation({
    method: "POST",
    path: "/guest-users/{id}/approve",
    operationId: "approveGuestUser",
    tag,
    summary:
      "Approve a sign-up waiting for approval (or one declined before); the person is emailed",
    permission: "guestUsers.manage",
    response: { status: 200, schema: ZGuestUser },
    handle: approvalDecision("APPROVE"),
  }),
  operation<undefined, z.infer<typeof ZDecline>>({
    method: "POST",
    path: "/guest-users/{id}/decline",
    operationId: "declineGuestUser",
    tag,
    summary:
      "Decline a sign-up waiting for approval, with an optional reason; the person is emailed",
    permission: "guestUsers.manage",
    body: ZDecline,
    response: { status: 200, schema: ZGuestUser },
    handle: approvalDecision("DECLINE"),
  }),
  operation<undefined, TGuestUserIds>({
    method: "POST",
    path: "/guest-users/bulk-approve",
    operationId: "approveGuestUsers",
    tag,
    summary: "Approve a selection of sign-ups; those not waiting are left as they are",
    permission: "guestUsers.manage",
    body: ZGuestUserIds,
    response: { status: 200, schema: z.object({ changed: z.number().int() }) },
    async handle({ prisma, access, body }) {
      return {
        json: await decideGuestApprovals(prisma, access, adminEmailSettings(), {
          ...body,
          decision: "APPROVE",
        }),
      };
    },
  }),
  operation<undefined, z.infer<typeof ZBulkDecline>>({
    method: "POST",
    path: "/guest-users/bulk-decline",
    operationId: "declineGuestUsers",
    tag,
    summary: "Decline a selection of sign-ups, with an optional reason",
    permission: "guestUsers.manage",
    body: ZBulkDecline,
    response: { status: 200, schema: z.object({ changed: z.number().int() }) },
    async handle({ prisma, access, body }) {
      return {
        json: await decideGuestApprovals(prisma, access, adminEmailSettings(), {
          ...body,
          decision: "DECLINE",
        }),
      };
    },
  }),
];
