/**
 * Every top-level function each project exposes, in one place: menus, triggers and the
 * sidebar use these names, and a test checks each built Code.js exposes exactly its set
 * (nothing more, nothing less).
 */
import { DOCUMENTATION_API_NAMES, SERVER_API_NAMES } from './rpc';
import { ADMIN_API_NAMES } from './admin-rpc';

/** Menu items: label → handler, in menu order. */
export const MENU_ITEMS: Array<{ label: string; handler: string }> = [
  { label: 'Buka panel', handler: 'showSidebar' },
  { label: 'Pengaturan', handler: 'showSettings' },
  { label: 'Siapkan', handler: 'menuSetup' },
  { label: 'Siapkan kalender sumber daya', handler: 'menuSetupCalendars' },
  { label: 'Periksa riwayat', handler: 'menuCheckHistory' },
  { label: 'Periksa pemasangan', handler: 'menuInstallCheck' },
  { label: 'Salin alur SOP untuk diubah', handler: 'menuCopyPreset' },
  { label: 'Perbarui rekap', handler: 'menuRefreshRecap' },
  { label: 'Ekspor rekap (xlsx + PDF)', handler: 'menuExportRecap' },
];

/** Every name the panel (src/panel/main.ts) exposes: its simple triggers, menus and sidebar functions. */
export const PANEL_ENTRY_POINTS: string[] = [
  'onOpen',
  'onInstall',
  ...MENU_ITEMS.map((m) => m.handler),
  ...SERVER_API_NAMES,
  ...DOCUMENTATION_API_NAMES,
  ...ADMIN_API_NAMES,
];

/**
 * Every name the engine (src/engine/main.ts) exposes: its web app, its installable triggers, and
 * what the applicant's status page (served by the engine) calls through google.script.run.
 */
export const ENGINE_ENTRY_POINTS: string[] = [
  'doGet',
  'doPost',
  'onFpvcSubmit',
  'runHourly',
  'onSheetEdit',
  'cancelAsApplicantFromStatusPage',
];
