/**
 * Setup (menu Layanan Vicon › Siapkan): idempotent. Sheets are found by name,
 * the form by its stored ID, triggers by handler name; a second run changes
 * nothing and says so.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { UserRecord } from '../core/users';
import type { Deps } from './ports';

/** What Setup needs from the workbook, Forms and triggers. */
export interface SetupPort {
  hasSettingsSheet(): boolean;
  /** Missing sheets created, every data sheet protected for the office account alone. */
  ensureSheets(settings: Settings, adminEmail: string): { created: string[]; secured: string[] };
  ensureForm(officeName: string): { created: boolean; published: boolean; id: string; url: string };
  ensureTriggers(formId: string): string[];
  /** Write the engine's own web-app address into Pengaturan; true when it changed. */
  recordEngineUrl(): boolean;
  /** Who may answer the form, as Pengaturan says; a line when it changed (or cannot be done). Optional where Forms is not wired. */
  ensureResponders?(settings: Settings): string | null;
  /** Share the spreadsheet with Pengguna's active users, unshare the others; lines for what changed. Optional. */
  syncEditors?(users: UserRecord[]): string[];
  /** Default reply-letter templates in Drive; returns the names created. Optional where Drive is not wired. */
  ensureLetterTemplates?(settings: Settings): string[];
}

/** What Setup did, in Indonesian lines for the admin. */
export interface SetupReport {
  changed: boolean;
  lines: string[];
  formUrl: string;
}

/** Run Setup under the script lock. */
export function runSetup(deps: Pick<Deps, 'lock' | 'config' | 'identity'>, port: SetupPort): SetupReport {
  return deps.lock.run(() => {
    const settings = port.hasSettingsSheet() ? deps.config.settings().settings : DEFAULT_SETTINGS;
    const sheets = port.ensureSheets(settings, deps.identity.activeUserEmail());
    deps.config.invalidate();
    const form = port.ensureForm(deps.config.settings().settings.officeName);
    const responders = port.ensureResponders?.(deps.config.settings().settings) ?? null;
    const triggers = port.ensureTriggers(form.id);
    const templates = port.ensureLetterTemplates?.(deps.config.settings().settings) ?? [];
    const engine = port.recordEngineUrl();
    const sharing = port.syncEditors?.(deps.config.users().users) ?? [];
    deps.config.invalidate();
    const lines: string[] = [];
    if (sheets.created.length) lines.push(`Sheet dibuat: ${sheets.created.join(', ')}.`);
    if (sheets.secured.length)
      lines.push(`Perlindungan dipasang (hanya akun layanan yang dapat mengubah): ${sheets.secured.join(', ')}.`);
    if (form.created) lines.push('Formulir FPVC dibuat dan ditautkan ke spreadsheet ini.');
    if (form.published) lines.push('Formulir FPVC diterbitkan: siap menerima jawaban.');
    if (responders) lines.push(responders);
    if (engine) lines.push('Alamat mesin Layanan Vicon dicatat di Pengaturan; panel para petugas memakainya.');
    if (triggers.length) lines.push(`Pemicu dipasang: ${triggers.join(', ')}.`);
    lines.push(...sharing);
    if (templates.length) lines.push(`Templat surat dibuat di folder Drive "Layanan Vicon": ${templates.join(', ')}.`);
    const changed = lines.length > 0;
    if (!changed) lines.push('Semua sudah siap; tidak ada yang diubah.');
    lines.push(`Tautan formulir untuk pemohon: ${form.url}`);
    return { changed, lines, formUrl: form.url };
  });
}
