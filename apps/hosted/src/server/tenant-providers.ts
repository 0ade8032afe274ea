import type Provider from "oidc-provider";
import type { PrismaClient } from "@guestlist/domain/database";
import type { Tenant } from "@guestlist/domain";
import {
  createTenantProvider,
  findTenantBySlug,
  providerFingerprint,
} from "@guestlist/domain/oidc";
import type { THostedConfig } from "../config";
import { providerPages } from "./provider-pages";

interface Entry {
  tenant: Tenant;
  provider: Provider;
  fingerprint: string;
  checkedAt: number;
}

/** How long a tenant's provider is used before checking whether its keys or attributes changed. */
const RECHECK_MS = 30_000;

/**
 * One oidc-provider per tenant, built from the database on first use and
 * rebuilt when the tenant, its signing keys or its attributes change (checked
 * at most every 30 seconds). Applications are read per request through the
 * adapter, so a new or changed application needs no rebuild.
 */
export class TenantProviders {
  readonly #entries = new Map<string, Entry>();
  readonly #building = new Map<string, Promise<Entry | null>>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: THostedConfig,
  ) {}

  async forSlug(slug: string): Promise<Entry | null> {
    const cached = this.#entries.get(slug);
    if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached;
    let pending = this.#building.get(slug);
    if (!pending) {
      pending = this.#refresh(slug, cached).finally(() => this.#building.delete(slug));
      this.#building.set(slug, pending);
    }
    return pending;
  }

  async #refresh(slug: string, cached: Entry | undefined): Promise<Entry | null> {
    const tenant = await findTenantBySlug(this.prisma, slug);
    if (!tenant) {
      this.#entries.delete(slug);
      return null;
    }
    const fingerprint = await providerFingerprint(this.prisma, tenant);
    if (cached && cached.fingerprint === fingerprint) {
      cached.checkedAt = Date.now();
      return cached;
    }
    const provider = await createTenantProvider(this.prisma, tenant, {
      baseUrl: this.config.HOSTED_URL,
      cookieKeys: this.config.HOSTED_COOKIE_KEYS,
      encryptionKey: this.config.GUESTLIST_ENCRYPTION_KEY,
      trustProxy: this.config.TRUST_PROXY,
      secureCookies: this.config.HOSTED_URL.startsWith("https:"),
      ...providerPages(tenant),
    });
    // A freshly created first key changes the fingerprint; record the one the provider was built with.
    const entry = {
      tenant,
      provider,
      fingerprint: await providerFingerprint(this.prisma, tenant),
      checkedAt: Date.now(),
    };
    this.#entries.set(slug, entry);
    return entry;
  }
}
