/**
 * Fake `CacheService`: caches whose entries expire on the workspace clock. Each script
 * project has a script cache, a document cache when bound to a document (null otherwise),
 * and one cache per user.
 */
import type { Ctx } from './context';
import { storeOf } from './properties';

type GCache = GoogleAppsScript.Cache.Cache;

export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_KEY_LIMIT_CHARS = 250;
export const CACHE_DEFAULT_TTL_S = 600;
export const CACHE_MAX_TTL_S = 21600;

export type CacheStore = Map<string, { value: string; expiresAt: number }>;
export interface CacheStores {
  script: CacheStore;
  document: CacheStore | null;
  user: Map<string, CacheStore>;
}

/** Fresh caches for one project; `bound` when it has a container document. */
export function createCacheStores(bound: boolean): CacheStores {
  return { script: new Map(), document: bound ? new Map() : null, user: new Map() };
}

class FakeCache implements Pick<GCache, 'get' | 'put' | 'getAll' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    private readonly ctx: Ctx,
    private readonly store: CacheStore,
  ) {}

  get(key: string): string | null {
    const e = this.store.get(key);
    if (!e) return null;
    if (e.expiresAt <= this.ctx.clock.now().getTime()) {
      this.store.delete(key);
      return null;
    }
    return e.value;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    if (String(key).length > CACHE_KEY_LIMIT_CHARS) throw this.ctx.fail('Argument too large: key');
    const s = String(value);
    if (Buffer.byteLength(s, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw this.ctx.fail('Argument too large: value');
    const ttl = Math.min(expirationInSeconds ?? CACHE_DEFAULT_TTL_S, CACHE_MAX_TTL_S);
    this.store.set(String(key), { value: s, expiresAt: this.ctx.clock.now().getTime() + ttl * 1000 });
  }

  getAll(keys: string[]): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }

  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(k);
  }
}

/** The `CacheService` global over `stores`. */
export function createCacheService(ctx: Ctx, stores: CacheStores): GoogleAppsScript.Cache.CacheService {
  const open = (s: CacheStore): GCache => ctx.wrap(new FakeCache(ctx, s), 'Cache');
  return ctx.wrap(
    {
      getScriptCache: () => open(stores.script),
      getDocumentCache: () => (stores.document ? open(stores.document) : (null as unknown as GCache)),
      getUserCache: () => open(storeOf(stores.user, ctx.user.effective)),
    },
    'CacheService',
  );
}
