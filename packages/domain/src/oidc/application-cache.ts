/** Client metadata as oidc-provider reads it from the adapter. */
type ClientMetadata = Record<string, unknown>;

interface CachedApplication {
  tenantId: string;
  metadata: ClientMetadata;
  until: number;
}

/**
 * The tenants' applications as oidc-provider's client adapter reads them, kept
 * in this process so that the token endpoint does not query the database for
 * the client on every request. An admin's change to an application reaches
 * every instance as a tenant change notification, which drops that tenant's
 * entries; `ttlMs` bounds the staleness if notifications were lost. Unknown
 * client ids are not remembered: a new application works on its first
 * request, and random ids cannot fill the cache.
 */
export class ApplicationCache {
  readonly #entries = new Map<string, CachedApplication>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly max = 10_000,
  ) {}

  async find(
    tenantId: string,
    clientId: string,
    load: () => Promise<ClientMetadata | undefined>,
  ): Promise<ClientMetadata | undefined> {
    const key = `${tenantId}\u0000${clientId}`;
    const cached = this.#entries.get(key);
    if (cached && cached.until > Date.now()) return cached.metadata;
    const metadata = await load();
    this.#entries.delete(key);
    if (!metadata) return undefined;
    if (this.#entries.size >= this.max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { tenantId, metadata, until: Date.now() + this.ttlMs });
    return metadata;
  }

  invalidateTenant(tenantId: string): void {
    for (const [key, entry] of this.#entries)
      if (entry.tenantId === tenantId) this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
