import type { Adapter, AdapterPayload } from "oidc-provider";

const store = new Map<string, AdapterPayload>();
const grants = new Map<string, Set<string>>();

/**
 * An unbounded in-memory adapter for the reference server. oidc-provider's
 * built-in one is an LRU of 1,000 entries, which would drop codes the
 * benchmark minted and count them as failures against the reference.
 */
export class MapAdapter implements Adapter {
  constructor(private readonly model: string) {}

  private key(id: string) {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload): Promise<void> {
    store.set(this.key(id), payload);
    if (payload.grantId) {
      const keys = grants.get(payload.grantId) ?? new Set();
      keys.add(this.key(id));
      grants.set(payload.grantId, keys);
    }
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return store.get(this.key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    for (const [key, payload] of store)
      if (key.startsWith(`${this.model}:`) && payload.uid === uid) return payload;
    return undefined;
  }

  async findByUserCode(): Promise<AdapterPayload | undefined> {
    return undefined;
  }

  async consume(id: string): Promise<void> {
    const payload = store.get(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    store.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of grants.get(grantId) ?? []) store.delete(key);
    grants.delete(grantId);
  }
}
