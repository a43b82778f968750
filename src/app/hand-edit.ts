/**
 * A hand edit of the spreadsheet (the engine's installable edit trigger): a change to a settings
 * sheet (Pengaturan, Pengguna, Plh, Alur SOP, Sumber Daya) applies at once, for the engine and for
 * every panel; a change to Register rows carries into the index of live requests.
 */
import { liveNow } from './commit';
import type { Deps } from './ports';

/** What was edited: a settings sheet, Register rows, or anything else. */
export interface HandEdit {
  kind: 'config' | 'register' | 'other';
  /** The edited rows (Register only). */
  rows: number[];
}

/** Follow one hand edit, under the script lock; `republish` re-reads the settings sheets and publishes them. */
export function followHandEdit(deps: Deps, edit: HandEdit, republish: () => void): void {
  if (edit.kind === 'config') deps.lock.run(republish);
  else if (edit.kind === 'register') deps.lock.run(() => deps.register.refresh(edit.rows, (r) => liveNow(deps, r)));
}
