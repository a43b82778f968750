/**
 * Fake `PropertiesService`: string stores with Apps Script's size limits. Each script
 * project has its own stores: one script store, one document store when the project is
 * bound to a document (null otherwise, as Apps Script returns), one store per user.
 */
import type { Ctx } from './context';
import { asGas } from './gas';

type GProps = GoogleAppsScript.Properties.Properties;

/** 9 KB per value, 500 KB per store (Apps Script quotas). */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

export interface PropertyStores {
  script: Map<string, string>;
  /** Null for a standalone project: getDocumentProperties() returns null there. */
  document: Map<string, string> | null;
  /** One store per effective user (getUserProperties is the running user's own). */
  user: Map<string, Map<string, string>>;
}

/** Fresh stores for one project; `bound` when it has a container document. */
export function createPropertyStores(bound: boolean): PropertyStores {
  return { script: new Map(), document: bound ? new Map() : null, user: new Map() };
}

/** The store of `email` in `perUser`, created on first use. */
export function storeOf<V>(perUser: Map<string, Map<string, V>>, email: string): Map<string, V> {
  let store = perUser.get(email);
  if (!store) {
    store = new Map();
    perUser.set(email, store);
  }
  return store;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

class FakeProperties implements Pick<
  GProps,
  | 'getProperty'
  | 'setProperty'
  | 'setProperties'
  | 'getProperties'
  | 'getKeys'
  | 'deleteProperty'
  | 'deleteAllProperties'
> {
  constructor(
    private readonly ctx: Ctx,
    private readonly store: Map<string, string>,
  ) {}

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }

  setProperty(key: string, value: string): GProps {
    this.check({ [key]: value }, false);
    this.store.set(String(key), String(value));
    return asGas(this);
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GProps {
    this.check(properties, deleteAllOthers === true);
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return asGas(this);
  }

  deleteProperty(key: string): GProps {
    this.store.delete(String(key));
    return asGas(this);
  }
  deleteAllProperties(): GProps {
    this.store.clear();
    return asGas(this);
  }

  private check(incoming: Record<string, unknown>, replaceAll: boolean): void {
    const next = new Map(replaceAll ? [] : this.store);
    for (const [k, v] of Object.entries(incoming)) {
      if (v === null || v === undefined) throw this.ctx.fail(`Invalid argument: value`);
      const s = String(v);
      if (bytes(s) > PROPERTY_VALUE_LIMIT_BYTES) throw this.ctx.fail('Argument too large: value');
      next.set(k, s);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT_BYTES) {
      throw this.ctx.fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
  }
}

/** The `PropertiesService` global over `stores`. */
export function createPropertiesService(
  ctx: Ctx,
  stores: PropertyStores,
): GoogleAppsScript.Properties.PropertiesService {
  const open = (m: Map<string, string>): GProps => ctx.wrap(new FakeProperties(ctx, m), 'Properties');
  return ctx.wrap(
    {
      getScriptProperties: () => open(stores.script),
      getDocumentProperties: () => (stores.document ? open(stores.document) : (null as unknown as GProps)),
      getUserProperties: () => open(storeOf(stores.user, ctx.user.effective)),
    },
    'PropertiesService',
  );
}
