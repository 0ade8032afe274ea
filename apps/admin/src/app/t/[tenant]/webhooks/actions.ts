"use server";

import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  redeliverWebhook,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
} from "@guestlist/domain/webhooks";
import type { TWebhookEndpointInput } from "@guestlist/domain/webhooks/schemas";
import { adminConfig } from "@/config";
import { tenantAction } from "@/lib/tenant-action";

export async function createWebhookAction(tenant: string, input: TWebhookEndpointInput) {
  return tenantAction<{ id: string; secret: string }>(tenant, async (prisma, access) => {
    const { endpoint, secret } = await createWebhookEndpoint(
      prisma,
      access,
      adminConfig().GUESTLIST_ENCRYPTION_KEY,
      input,
    );
    return {
      message: "Endpoint added. Copy its signing secret now: it is not shown again.",
      data: { id: endpoint.id, secret },
    };
  });
}

export async function updateWebhookAction(
  tenant: string,
  id: string,
  input: TWebhookEndpointInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateWebhookEndpoint(prisma, access, id, input);
    return { message: "Endpoint saved." };
  });
}

export async function deleteWebhookAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await deleteWebhookEndpoint(prisma, access, id);
    return { message: "Endpoint deleted." };
  });
}

export async function rotateWebhookSecretAction(tenant: string, id: string) {
  return tenantAction<{ secret: string }>(tenant, async (prisma, access) => {
    const { secret } = await rotateWebhookSecret(
      prisma,
      access,
      adminConfig().GUESTLIST_ENCRYPTION_KEY,
      id,
    );
    return {
      message:
        "New secret made. Copy it now: it is not shown again. For 24 hours every event is signed with the old and the new one.",
      data: { secret },
    };
  });
}

export async function sendTestWebhookAction(tenant: string, id: string) {
  return tenantAction(tenant, async (_prisma, access) => {
    await sendTestWebhook(access, id);
    return { message: "Test event queued: its delivery appears in the log below." };
  });
}

export async function redeliverWebhookAction(tenant: string, id: string, deliveryId: string) {
  return tenantAction(tenant, async (_prisma, access) => {
    await redeliverWebhook(access, id, deliveryId);
    return { message: "Event queued again." };
  });
}
