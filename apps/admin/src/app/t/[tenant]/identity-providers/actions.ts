"use server";

import {
  createIdentityProvider,
  deleteIdentityProvider,
  updateIdentityProvider,
} from "@guestlist/domain/identity-providers";
import type { TIdentityProviderInput } from "@guestlist/domain/identity-providers/schemas";
import {
  createSamlIdentityProvider,
  refreshSamlMetadata,
  updateSamlIdentityProvider,
} from "@guestlist/domain/saml";
import type {
  TSamlIdentityProviderInput,
  TSamlIdentityProviderUpdate,
} from "@guestlist/domain/saml/schemas";
import { adminConfig, adminConnectorSettings } from "@/config";
import { tenantAction } from "@/lib/tenant-action";

export async function createIdentityProviderAction(tenant: string, input: TIdentityProviderInput) {
  return tenantAction(tenant, async (prisma, access) => {
    const provider = await createIdentityProvider(
      prisma,
      access,
      adminConfig().GUESTLIST_ENCRYPTION_KEY,
      input,
    );
    return { message: `${provider.displayName} added.` };
  });
}

export async function updateIdentityProviderAction(
  tenant: string,
  id: string,
  input: TIdentityProviderInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateIdentityProvider(prisma, access, adminConfig().GUESTLIST_ENCRYPTION_KEY, id, input);
    return { message: "Identity provider saved." };
  });
}

export async function deleteIdentityProviderAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await deleteIdentityProvider(prisma, access, id);
    return { message: "Identity provider deleted." };
  });
}

export async function createSamlIdentityProviderAction(
  tenant: string,
  input: TSamlIdentityProviderInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    const provider = await createSamlIdentityProvider(prisma, access, input, networkRules());
    return { message: `${provider.displayName} added.` };
  });
}

export async function updateSamlIdentityProviderAction(
  tenant: string,
  id: string,
  input: TSamlIdentityProviderUpdate,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateSamlIdentityProvider(prisma, access, id, input, networkRules());
    return { message: "Identity provider saved." };
  });
}

export async function refreshSamlMetadataAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    const outcome = await refreshSamlMetadata(prisma, access, id, networkRules());
    return {
      message:
        outcome === "updated"
          ? "The metadata changed: its endpoints and certificates are now in use."
          : "The metadata has not changed.",
    };
  });
}

// Partners' metadata URLs are fetched under the connectors' network rules.
function networkRules() {
  return { allowPrivateNetworks: adminConnectorSettings().allowPrivateNetworks };
}
