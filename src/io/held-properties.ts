/**
 * The engine's Script Properties, read in ONE call (getProperties) the first time a key is wanted
 * and served from that read. While the script lock is held (between `begin` and `end`), what the
 * other executions left is read once, and what this one sets is written once, as the lock is
 * released (one setProperties: the Riwayat anchor, the highest number issued, claims); only this
 * execution reads them meanwhile, from memory. Outside the lock every write goes through at once.
 */

/** The part of Script Properties the engine's stores use. */
export interface ScriptProps {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): void;
  deleteProperty(key: string): void;
}

/** Script Properties read, and written, once per hold of the lock (see above). */
export function heldProperties(): ScriptProps & { begin(): void; end(): void } {
  let all: Record<string, string> | null = null;
  /** Values set during the hold, written at its end. */
  let queued: Record<string, string> | null = null;
  const props = () => PropertiesService.getScriptProperties();
  return {
    getProperty: (key) => (all ??= props().getProperties())[key] ?? null,
    setProperty: (key, value) => {
      if (queued) queued[key] = value;
      else props().setProperty(key, value);
      if (all) all[key] = value;
    },
    deleteProperty: (key) => {
      if (queued) delete queued[key];
      props().deleteProperty(key);
      if (all) delete all[key];
    },
    begin: () => {
      all = null;
      queued = {};
    },
    end: () => {
      const writes = queued ?? {};
      all = null;
      queued = null;
      if (Object.keys(writes).length > 0) props().setProperties(writes);
    },
  };
}

/** Script Properties read on every call (the panel, and io outside the engine's composition). */
export function liveProperties(): ScriptProps {
  const props = () => PropertiesService.getScriptProperties();
  return {
    getProperty: (key) => props().getProperty(key),
    setProperty: (key, value) => void props().setProperty(key, value),
    deleteProperty: (key) => void props().deleteProperty(key),
  };
}
