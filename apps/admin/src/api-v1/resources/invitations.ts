import { z } from "zod";
import {
  getGuestInvitation,
  inviteGuest,
  inviteGuests,
  listGuestInvitations,
  resendGuestInvitation,
  revokeGuestInvitation,
} from "@guestlist/domain/invitations";
import {
  ZInvitationListQuery,
  ZInvitationStatus,
  ZInviteGuestInput,
  ZInviteGuestsInput,
  type TInvitationListQuery,
  type TInviteGuestInput,
  type TInviteGuestsInput,
} from "@guestlist/domain/invitations/schemas";
import { adminInvitationSettings } from "@/config";
import { operation } from "../operation";
import { present } from "../present";
import { ZId, ZTimestamp, ZTimestamps } from "./common";

const ZInvitation = z
  .object({
    id: ZId,
    email: z.string(),
    application: z.object({ id: ZId, name: z.string() }),
    status: ZInvitationStatus.describe("EXPIRED: still pending when its expiry passed."),
    attributes: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .describe("Attribute values the account starts with."),
    message: z.string().nullable(),
    expiresAt: ZTimestamp,
    invitedByType: z.enum(["OPERATOR", "API_KEY"]),
    invitedById: z.string().nullable(),
    invitedByName: z.string(),
    sentCount: z.number().int(),
    lastSentAt: ZTimestamp,
    acceptedAt: ZTimestamp.nullable(),
    acceptedGuestUserId: ZId.nullable().describe("The account that accepted it."),
    revokedAt: ZTimestamp.nullable(),
    ...ZTimestamps,
  })
  .meta({ title: "GuestInvitation" });

const ZRowIssue = z.object({ path: z.string(), message: z.string() });
const ZBatchResult = z.object({
  invited: z.array(z.object({ row: z.number().int(), id: ZId, email: z.string() })),
  rejected: z.array(
    z.object({ row: z.number().int(), email: z.string().nullable(), issues: z.array(ZRowIssue) }),
  ),
});

const tag = "Invitations";
const show = (value: unknown) => present(ZInvitation, value);

export const invitationOperations = [
  operation<TInvitationListQuery>({
    method: "GET",
    path: "/invitations",
    operationId: "listInvitations",
    tag,
    summary: "List invitations, newest first, by status, application and address",
    query: ZInvitationListQuery,
    response: {
      status: 200,
      schema: z.object({ items: z.array(ZInvitation), nextCursor: z.string().nullable() }),
    },
    async handle({ prisma, access, query }) {
      const page = await listGuestInvitations(prisma, access, query);
      return { json: { items: page.invitations.map(show), nextCursor: page.nextCursor } };
    },
  }),
  operation<undefined, TInviteGuestInput>({
    method: "POST",
    path: "/invitations",
    operationId: "createInvitation",
    tag,
    summary:
      "Invite a person by email to an application (409 if they have an open invitation to it)",
    permission: "guestUsers.manage",
    body: ZInviteGuestInput,
    response: { status: 201, schema: ZInvitation },
    async handle({ prisma, access, body }) {
      return {
        status: 201,
        json: show(await inviteGuest(prisma, access, adminInvitationSettings(), body)),
      };
    },
  }),
  operation<undefined, TInviteGuestsInput>({
    method: "POST",
    path: "/invitations/bulk",
    operationId: "createInvitations",
    tag,
    summary:
      "Invite up to 5000 people at once; each row is checked on its own and the valid ones are invited",
    permission: "guestUsers.manage",
    body: ZInviteGuestsInput,
    response: { status: 200, schema: ZBatchResult },
    async handle({ prisma, access, body }) {
      return { json: await inviteGuests(prisma, access, adminInvitationSettings(), body) };
    },
  }),
  operation({
    method: "GET",
    path: "/invitations/{id}",
    operationId: "getInvitation",
    tag,
    summary: "Get an invitation",
    response: { status: 200, schema: ZInvitation },
    async handle({ prisma, access, params }) {
      return { json: show(await getGuestInvitation(prisma, access, params.id!)) };
    },
  }),
  operation({
    method: "POST",
    path: "/invitations/{id}/resend",
    operationId: "resendInvitation",
    tag,
    summary: "Send a pending or expired invitation again, with a new link",
    permission: "guestUsers.manage",
    response: { status: 200, schema: ZInvitation },
    async handle({ prisma, access, params }) {
      return {
        json: show(
          await resendGuestInvitation(prisma, access, adminInvitationSettings(), params.id!),
        ),
      };
    },
  }),
  operation({
    method: "POST",
    path: "/invitations/{id}/revoke",
    operationId: "revokeInvitation",
    tag,
    summary: "Revoke a pending invitation: its link stops working",
    permission: "guestUsers.manage",
    response: { status: 200, schema: ZInvitation },
    async handle({ prisma, access, params }) {
      return { json: show(await revokeGuestInvitation(prisma, access, params.id!)) };
    },
  }),
];
