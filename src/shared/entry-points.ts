/**
 * Every top-level function the bundle exposes, in one place: menus, triggers
 * and the sidebar use these names, and a test checks dist/Code.js exposes
 * exactly this set (nothing more, nothing less).
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
  { label: 'Salin alur SOP untuk diubah', handler: 'menuCopyPreset' },
  { label: 'Perbarui rekap', handler: 'menuRefreshRecap' },
  { label: 'Ekspor rekap (xlsx + PDF)', handler: 'menuExportRecap' },
];

/** Trigger handlers (simple and installable). */
export const TRIGGER_ENTRY_POINTS = ['onOpen', 'onInstall', 'onEdit', 'onFpvcSubmit', 'runHourly'];

/** All names main.ts must expose. */
export const ENTRY_POINTS: string[] = [
  ...TRIGGER_ENTRY_POINTS,
  ...MENU_ITEMS.map((m) => m.handler),
  ...SERVER_API_NAMES,
  ...DOCUMENTATION_API_NAMES,
  ...ADMIN_API_NAMES,
];
