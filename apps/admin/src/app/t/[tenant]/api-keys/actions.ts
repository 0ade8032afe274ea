"use server";

import { createApiKey, revokeApiKey } from "@guestlist/domain/api-keys";
import type { TCreateApiKeyInput } from "@guestlist/domain/api-keys/schemas";
import { tenantAction } from "@/lib/tenant-action";

export async function createApiKeyAction(tenant: string, input: TCreateApiKeyInput) {
  return tenantAction<{ key: string }>(tenant, async (prisma, access) => {
    const { key, apiKey } = await createApiKey(prisma, access, input);
    return {
      message: `Key "${apiKey.name}" created. Copy it now: it is not shown again.`,
      data: { key },
    };
  });
}

export async function revokeApiKeyAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await revokeApiKey(prisma, access, id);
    return { message: "Key revoked; requests with it now fail." };
  });
}
