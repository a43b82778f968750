/**
 * The product installed on the stand-in as an office installs it (README, "Pasang"): the
 * engine as a standalone project of the office account, deployed as a web app; the panel bound
 * to the office spreadsheet; the office account runs Setup from the spreadsheet menu (pasting
 * the engine's address once), shares the spreadsheet with its officials and fills Pengguna and
 * Sumber Daya by hand. Used by the end-to-end tests, the bench and the playground.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Workspace } from './standin';
import { loadBundle, type LoadedBundle } from './standin/loader';
import type { Deployment, Project } from './standin/projects';

/** The office account (akun layanan) the examples use. */
export const OFFICE_ACCOUNT = 'layanan@kominfo.go.id';

/** One official as the office writes them into Pengguna. */
export interface Official {
  email: string;
  name: string;
  roles: string[];
  admin?: boolean;
  nip?: string;
  /** Aktif = Tidak when false (someone who left); default Ya. */
  active?: boolean;
}

export interface InstalledProduct {
  ws: Workspace;
  office: string;
  engine: LoadedBundle;
  panel: LoadedBundle;
  engineProject: Project;
  panelProject: Project;
  deployment: Deployment;
  /** The hourly trigger, run as Apps Script would (its owner, its event). */
  hourly(): void;
  /** The engine's installable edit trigger, as after a hand edit of a sheet. */
  sheetEdited(): void;
  /** The FPVC form's id (the engine keeps it). */
  formId(): string;
}

const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'appsscript.json'), 'utf8'));

/** Load both built projects into `ws` (the office account owns `ws.spreadsheet`) and deploy the engine. */
export function loadProduct(ws: Workspace, office = OFFICE_ACCOUNT, dist = 'dist'): InstalledProduct {
  const engineDir = path.join(dist, 'engine');
  const panelDir = path.join(dist, 'panel');
  const engineProject = ws.createProject({
    name: 'Layanan Vicon (mesin)',
    owner: office,
    manifest: manifest(engineDir),
    htmlDir: engineDir,
  });
  const panelProject = ws.createProject({
    name: 'Layanan Vicon (panel)',
    owner: office,
    containerId: ws.spreadsheet.id,
    manifest: manifest(panelDir),
    htmlDir: panelDir,
  });
  const engine = loadBundle(ws, path.join(engineDir, 'Code.js'), { project: engineProject });
  const panel = loadBundle(ws, path.join(panelDir, 'Code.js'), { project: panelProject });
  const deployment = ws.deployWebApp(engineProject);
  const trigger = (handler: string) => ws.triggers({ project: engineProject.id }).find((t) => t.handler === handler);
  const fire = (handler: string, event: Record<string, unknown> = {}) => {
    const t = trigger(handler);
    if (!t) throw new Error(`Pemicu ${handler} belum dipasang (jalankan Siapkan).`);
    engine.callAs(t.owner ?? office, handler, { authMode: 'FULL', triggerUid: t.id, ...event });
  };
  return {
    ws,
    office,
    engine,
    panel,
    engineProject,
    panelProject,
    deployment,
    hourly: () => fire('runHourly'),
    sheetEdited: () => fire('onSheetEdit'),
    formId: () => String(engineProject.properties.script.get('FPVC_FORM_ID') ?? ''),
  };
}

/** The office account opens the spreadsheet and runs Layanan Vicon › Siapkan, pasting the engine's address. */
export function runSetup(p: InstalledProduct): void {
  p.ws.ui.nextPromptText = p.deployment.url;
  p.panel.callAs(p.office, 'menuSetup');
}

/** One Pengguna row (Email, Nama, NIP, Peran, Aktif, Admin) as the office account types it. */
const officialRow = (o: Official): unknown[] => [
  o.email,
  o.name,
  o.nip ?? '',
  o.roles.join(', '),
  o.active === false ? 'Tidak' : 'Ya',
  o.admin ? 'Ya' : 'Tidak',
];

/** Pengguna rows for `officials`, as the office account types them (row 2 holds the office account itself). */
export function writeOfficials(p: InstalledProduct, officials: Official[]): void {
  const rows = officials.map(officialRow);
  for (const o of officials) p.ws.acl.share(p.ws.spreadsheet.id, o.email, 'editor');
  if (rows.length) p.ws.acl.manualEdit(p.office, { sheet: 'Pengguna', range: `A3:F${rows.length + 2}` }, rows);
}

/**
 * One more official: the office account shares the spreadsheet with them (so their panel opens)
 * and types their row under the last one in Pengguna; the hand edit fires the engine's edit trigger.
 */
export function addOfficial(p: InstalledProduct, o: Official): void {
  p.ws.acl.share(p.ws.spreadsheet.id, o.email, 'editor');
  const row = (p.ws.spreadsheet.sheetByName('Pengguna')?.values.length ?? 1) + 1;
  p.ws.acl.manualEdit(p.office, { sheet: 'Pengguna', range: `A${row}:F${row}` }, [officialRow(o)]);
}

/** Set one Pengaturan value by its label, by hand as the office account. */
export function writeSettingByHand(p: InstalledProduct, label: string, value: unknown): void {
  const ss = (p.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Pengaturan');
  const labels = sheet
    ? sheet
        .getDataRange()
        .getValues()
        .map((r) => String(r[0] ?? ''))
    : [];
  const row = labels.indexOf(label) + 1;
  if (row < 1) throw new Error(`Pengaturan tidak punya baris "${label}".`);
  p.ws.acl.manualEdit(p.office, { sheet: 'Pengaturan', range: `B${row}` }, [[value]]);
}
