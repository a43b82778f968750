/**
 * The engine's Script Properties, read in ONE call (getProperties) the first time a key is wanted
 * and served from that read until `forget`: the engine forgets them when it takes the script lock
 * and when it releases it, so what it reads under the lock (the Riwayat anchor, the highest number
 * issued) is what the other executions left, and one hold reads them once. Writes go through at once.
 */

/** The part of Script Properties the engine's stores use. */
export interface ScriptProps {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): void;
  deleteProperty(key: string): void;
}

/** Script Properties read once per hold of the lock (see above). */
export function heldProperties(): ScriptProps & { forget(): void } {
  let all: Record<string, string> | null = null;
  const props = () => PropertiesService.getScriptProperties();
  return {
    getProperty: (key) => (all ??= props().getProperties())[key] ?? null,
    setProperty: (key, value) => {
      props().setProperty(key, value);
      if (all) all[key] = value;
    },
    deleteProperty: (key) => {
      props().deleteProperty(key);
      if (all) delete all[key];
    },
    forget: () => {
      all = null;
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
