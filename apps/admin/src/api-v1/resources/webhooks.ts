import { z } from "zod";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  endpointOfTenant,
  listWebhookDeliveries,
  listWebhookEndpoints,
  redeliverWebhook,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
} from "@guestlist/domain/webhooks";
import {
  WEBHOOK_EVENT_TYPE_NAMES,
  ZWebhookEndpointInput,
  type TWebhookEndpointInput,
} from "@guestlist/domain/webhooks/schemas";
import { adminConfig } from "@/config";
import { operation } from "../operation";
import { listOf, pageOf, ZListQuery, type TListQuery } from "../pagination";
import { present } from "../present";
import { ZId, ZTimestamp, ZTimestamps } from "./common";

const ZWebhookEndpoint = z
  .object({
    id: ZId,
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPE_NAMES)),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    disabledAt: ZTimestamp.nullable(),
    previousSecretExpiresAt: ZTimestamp.nullable().describe(
      "Until then, messages are also signed with the secret before the last rotation.",
    ),
    failingSince: ZTimestamp.nullable().describe(
      "The first failed attempt since the last delivery.",
    ),
    lastSuccessAt: ZTimestamp.nullable(),
    ...ZTimestamps,
  })
  .meta({ title: "WebhookEndpoint" });

const ZCreatedWebhookEndpoint = ZWebhookEndpoint.extend({
  secret: z.string().describe("The signing secret (whsec_…), shown this once."),
}).meta({ title: "CreatedWebhookEndpoint" });

const ZWebhookDelivery = z
  .object({
    id: ZId,
    messageId: ZId.describe("The webhook-id header: the same on every attempt."),
    eventType: z.string(),
    subject: z.string(),
    payload: z.unknown().describe("The body sent: { type, timestamp, data }."),
    status: z.enum(["PENDING", "SUCCEEDED", "FAILED"]),
    attempts: z.number().int(),
    nextAttemptAt: ZTimestamp.nullable(),
    lastAttemptAt: ZTimestamp.nullable(),
    lastHttpStatus: z.number().int().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    lastResponse: z
      .string()
      .nullable()
      .describe("The first kilobyte of the last answer, or why there was none."),
    deliveredAt: ZTimestamp.nullable(),
    createdAt: ZTimestamp,
  })
  .meta({ title: "WebhookDelivery" });

const ZDeliveryQuery = z.object({
  status: z.enum(["PENDING", "SUCCEEDED", "FAILED"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const tag = "Webhooks";
const show = (value: unknown) => present(ZWebhookEndpoint, value);
const secretKey = () => adminConfig().GUESTLIST_ENCRYPTION_KEY;

export const webhookOperations = [
  operation<TListQuery>({
    method: "GET",
    path: "/webhooks",
    operationId: "listWebhookEndpoints",
    tag,
    summary: "List webhook endpoints",
    query: ZListQuery,
    response: { status: 200, schema: listOf(ZWebhookEndpoint) },
    async handle({ prisma, access, query }) {
      const page = pageOf(await listWebhookEndpoints(prisma, access), query);
      return { json: { ...page, items: page.items.map(show) } };
    },
  }),
  operation<undefined, TWebhookEndpointInput>({
    method: "POST",
    path: "/webhooks",
    operationId: "createWebhookEndpoint",
    tag,
    summary:
      "Register an endpoint for signed events (Standard Webhooks); its secret is returned once",
    permission: "webhooks.manage",
    body: ZWebhookEndpointInput,
    response: { status: 201, schema: ZCreatedWebhookEndpoint },
    async handle({ prisma, access, body }) {
      const { endpoint, secret } = await createWebhookEndpoint(prisma, access, secretKey(), body);
      return { status: 201, json: present(ZCreatedWebhookEndpoint, { ...endpoint, secret }) };
    },
  }),
  operation({
    method: "GET",
    path: "/webhooks/{id}",
    operationId: "getWebhookEndpoint",
    tag,
    summary: "Get a webhook endpoint",
    response: { status: 200, schema: ZWebhookEndpoint },
    async handle({ prisma, access, params }) {
      return { json: show(await endpointOfTenant(prisma, access.tenant.id, params.id!)) };
    },
  }),
  operation<undefined, TWebhookEndpointInput>({
    method: "PUT",
    path: "/webhooks/{id}",
    operationId: "updateWebhookEndpoint",
    tag,
    summary:
      "Replace an endpoint's address, events and switch (enabling it resumes waiting events)",
    permission: "webhooks.manage",
    body: ZWebhookEndpointInput,
    response: { status: 200, schema: ZWebhookEndpoint },
    async handle({ prisma, access, params, body }) {
      return { json: show(await updateWebhookEndpoint(prisma, access, params.id!, body)) };
    },
  }),
  operation({
    method: "DELETE",
    path: "/webhooks/{id}",
    operationId: "deleteWebhookEndpoint",
    tag,
    summary: "Delete a webhook endpoint and its delivery log",
    permission: "webhooks.manage",
    response: { status: 204 },
    async handle({ prisma, access, params }) {
      await deleteWebhookEndpoint(prisma, access, params.id!);
      return { status: 204 };
    },
  }),
  operation({
    method: "POST",
    path: "/webhooks/{id}/rotate-secret",
    operationId: "rotateWebhookSecret",
    tag,
    summary: "Replace the signing secret; the old one also signs for 24 hours",
    permission: "webhooks.manage",
    response: {
      status: 200,
      schema: z
        .object({ secret: z.string(), previousSecretExpiresAt: ZTimestamp })
        .meta({ title: "RotatedWebhookSecret" }),
    },
    async handle({ prisma, access, params }) {
      const rotated = await rotateWebhookSecret(prisma, access, secretKey(), params.id!);
      return {
        json: {
          ...rotated,
          previousSecretExpiresAt: rotated.previousSecretExpiresAt.toISOString(),
        },
      };
    },
  }),
  operation({
    method: "POST",
    path: "/webhooks/{id}/test",
    operationId: "sendTestWebhook",
    tag,
    summary: "Queue a webhook.test event for this endpoint",
    permission: "webhooks.manage",
    response: {
      status: 201,
      schema: z.object({ messageId: ZId }).meta({ title: "QueuedWebhookTest" }),
    },
    async handle({ access, params }) {
      return { status: 201, json: await sendTestWebhook(access, params.id!) };
    },
  }),
  operation<z.infer<typeof ZDeliveryQuery>>({
    method: "GET",
    path: "/webhooks/{id}/deliveries",
    operationId: "listWebhookDeliveries",
    tag,
    summary: "The endpoint's delivery log, newest first",
    query: ZDeliveryQuery,
    response: {
      status: 200,
      schema: z.object({ items: z.array(ZWebhookDelivery) }).meta({ title: "WebhookDeliveryLog" }),
    },
    async handle({ prisma, access, params, query }) {
      const items = await listWebhookDeliveries(prisma, access, params.id!, query);
      return { json: { items: items.map((item) => present(ZWebhookDelivery, item)) } };
    },
  }),
  operation({
    method: "POST",
    path: "/webhooks/{id}/deliveries/{deliveryId}/redeliver",
    operationId: "redeliverWebhook",
    tag,
    summary: "Send a settled event again, with the same webhook-id",
    permission: "webhooks.manage",
    response: { status: 204 },
    async handle({ access, params }) {
      await redeliverWebhook(access, params.id!, params.deliveryId!);
      return { status: 204 };
    },
  }),
];
