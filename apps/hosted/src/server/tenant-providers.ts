import type Provider from "oidc-provider";
import type { PrismaClient } from "@guestlist/domain/database";
import type { Tenant } from "@guestlist/domain";
import { connectorReach } from "@guestlist/domain/connectors";
import {
  invalidateTenantConfig,
  protocolConfigCaches,
  type ProtocolConfigCaches,
  createTenantProvider,
  findTenantBySlug,
  providerFingerprint,
  providerRecheckMs,
} from "@guestlist/domain/oidc";
import { signingKeys, type THostedConfig } from "../config";
import { providerPages } from "./provider-pages";

interface Entry {
  tenant: Tenant;
  provider: Provider;
  fingerprint: string;
  checkedAt: number;
}

/**
 * One oidc-provider per tenant, built from the database on first use and
 * rebuilt when the tenant, its signing keys or its attributes change.
 * Another instance's change reaches this one as a notification (`invalidate`)
 * within a second; without one, an entry is re-checked after a few seconds at
 * most (half the signing keys' activation delay, 30 s at most), which keeps a
 * new key published here before any instance signs with it. Applications and
 * the claims their flows return are cached apart from the providers (a change
 * to them needs no rebuild), dropped on the same notifications and after the
 * same re-check period.
 */
export class TenantProviders {
  readonly #entries = new Map<string, Entry>();
  readonly #building = new Map<string, Promise<Entry | null>>();
  readonly #recheckMs: number;
  readonly #configCaches: ProtocolConfigCaches;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: THostedConfig,
  ) {
    this.#recheckMs = providerRecheckMs(signingKeys(config));
    this.#configCaches = protocolConfigCaches(this.#recheckMs);
  }

  async forSlug(slug: string): Promise<Entry | null> {
    const cached = this.#entries.get(slug);
    if (cached && Date.now() - cached.checkedAt < this.#recheckMs) return cached;
    let pending = this.#building.get(slug);
    if (!pending) {
      pending = this.#refresh(slug, cached).finally(() => this.#building.delete(slug));
      this.#building.set(slug, pending);
    }
    return pending;
  }

  /** The tenant changed somewhere: check it again on its next request. */
  invalidate(tenantId: string): void {
    invalidateTenantConfig(this.#configCaches, tenantId);
    for (const entry of this.#entries.values())
      if (entry.tenant.id === tenantId) entry.checkedAt = 0;
  }

  /** Notifications may have been missed: check every tenant again. */
  invalidateAll(): void {
    invalidateTenantConfig(this.#configCaches);
    for (const entry of this.#entries.values()) entry.checkedAt = 0;
  }

  async #refresh(slug: string, cached: Entry | undefined): Promise<Entry | null> {
    const tenant = await findTenantBySlug(this.prisma, slug);
    if (!tenant) {
      this.#entries.delete(slug);
      return null;
    }
    const keys = {
      encryptionKey: this.config.GUESTLIST_ENCRYPTION_KEY,
      policy: signingKeys(this.config),
    };
    const fingerprint = await providerFingerprint(this.prisma, tenant, keys);
    if (cached && cached.fingerprint === fingerprint) {
      cached.checkedAt = Date.now();
      return cached;
    }
    const provider = await createTenantProvider(this.prisma, tenant, {
      baseUrl: this.config.HOSTED_URL,
      cookieKeys: this.config.HOSTED_COOKIE_KEYS,
      encryptionKey: this.config.GUESTLIST_ENCRYPTION_KEY,
      signingKeyPolicy: keys.policy,
      connectors: connectorReach(this.config),
      configCaches: this.#configCaches,
      trustProxy: this.config.TRUST_PROXY,
      secureCookies: this.config.HOSTED_URL.startsWith("https:"),
      ...providerPages(tenant),
    });
    // The provider is at least as new as this fingerprint (keys are loaded after it was taken):
    // a change in between only costs one more rebuild, never a provider older than it claims.
    const entry = { tenant, provider, fingerprint, checkedAt: Date.now() };
    this.#entries.set(slug, entry);
    return entry;
  }
}
