import type { ClaimSettings } from "./guest-account";

interface Cached<T> {
  tenantId: string;
  value: T;
  until: number;
}

/**
 * Tenant configuration the protocol endpoints read on every request (an
 * application's client metadata, the claims its flow returns), kept in this
 * process so that the token endpoint does not query it each time. Any admin
 * change reaches every instance as a tenant change notification, which drops
 * that tenant's entries; `ttlMs` bounds the staleness if notifications were
 * lost. Misses (`undefined`, such as an unknown client id) are not remembered:
 * a new application works on its first request, and random ids cannot fill
 * the cache.
 */
export class TenantConfigCache<T> {
  readonly #entries = new Map<string, Cached<T>>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly max = 10_000,
  ) {}

  async find(
    tenantId: string,
    id: string,
    load: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const key = `${tenantId}\u0000${id}`;
    const cached = this.#entries.get(key);
    if (cached && cached.until > Date.now()) return cached.value;
    const value = await load();
    this.#entries.delete(key);
    if (value === undefined) return undefined;
    if (this.#entries.size >= this.max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { tenantId, value, until: Date.now() + this.ttlMs });
    return value;
  }

  invalidateTenant(tenantId: string): void {
    for (const [key, entry] of this.#entries)
      if (entry.tenantId === tenantId) this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** The per-instance caches of the tenants' protocol configuration, dropped together on a tenant's change. */
export interface ProtocolConfigCaches {
  applications: TenantConfigCache<Record<string, unknown>>;
  claimSettings: TenantConfigCache<ClaimSettings>;
}

export function protocolConfigCaches(ttlMs: number): ProtocolConfigCaches {
  return {
    applications: new TenantConfigCache(ttlMs),
    claimSettings: new TenantConfigCache(ttlMs),
  };
}

export function invalidateTenantConfig(caches: ProtocolConfigCaches, tenantId?: string): void {
  for (const cache of Object.values(caches) as TenantConfigCache<unknown>[])
    if (tenantId) cache.invalidateTenant(tenantId);
    else cache.clear();
}
