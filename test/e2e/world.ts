/**
 * End-to-end harness: the BUILT engine and panel (dist/engine, dist/panel) in node:vm on the
 * stand-in, installed as an office installs them (dev/product.ts). The office account runs
 * Setup and types Pengguna and Sumber Daya by hand; applicants submit the form; each official
 * clicks in their own sidebar (panel, as themselves), which forwards to the engine web app
 * (as the office account) with their identity token.
 */
import { createWorkspace, type LockState, type Workspace } from '../../dev/standin';
import type { LoadedBundle } from '../../dev/standin/loader';
import { presetById } from '../../src/core/sop/presets';
import { createFakeZoom, FAKE_ZOOM_CREDENTIALS, type FakeZoom } from '../../dev/fake-zoom/server';
import {
  addOfficial,
  loadProduct,
  OFFICE_ACCOUNT,
  runSetup,
  writeOfficials,
  writeSettingByHand,
  type InstalledProduct,
  type Official,
} from '../../dev/product';
import type {
  ActionRequestDto,
  ActionResultDto,
  Result,
  SidebarStateDto,
  RequestDetailDto,
} from '../../src/shared/rpc';

/** The office account (akun layanan): owns everything, runs Setup, performs every effect. */
export const OFFICE = OFFICE_ACCOUNT;
/** An official with Admin = Ya in Pengguna (the settings wizard's user). */
export const ADMIN = 'admin@kominfo.go.id';

/** The value of a server Result, or a test failure naming the refusal. */
export const ok = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(`ditolak: ${r.error}`);
  return r.value;
};

/** Bandung's steps from a new request to the meeting made (the operator then sends the link). */
export const BANDUNG_TO_MEETING: Array<[string, string, ActionRequestDto['input']?]> = [
  ['kadis', 'disposisi'],
  ['kabid', 'disposisi'],
  ['subkoor', 'terima'],
  ['subkoor', 'setujui'],
  ['subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' }],
  ['operator', 'buat_rapat'],
];

/** Click `steps` in order on request `id`, each by its role's user. */
export function walkSteps(e: E2E, id: string, steps: Array<[string, string, ActionRequestDto['input']?]>): void {
  for (const [role, action, input] of steps) stepAs(e, role, id, action, input ?? {});
}

/** One SOP step clicked by the user holding `role` ('<role>@kominfo.go.id'); fails the test when refused. */
export function stepAs(
  e: E2E,
  role: string,
  id: string,
  action: string,
  input: ActionRequestDto['input'] = {},
): ActionResultDto {
  e.as(`${role}@kominfo.go.id`);
  return ok(e.act(id, action, input));
}

/** Layanan Vicon › Periksa riwayat, clicked by the admin (only an admin may): the alert it shows. */
export function checkHistory(e: E2E): string {
  e.as(ADMIN);
  e.app.call('menuCheckHistory');
  return String(e.ws.ui.shown.at(-1));
}

/** The form collects the email itself (not as a question). */
export function withoutEmail(answers: Record<string, string>): Record<string, string> {
  const { Email: _email, ...rest } = answers;
  return rest;
}

/**
 * The old single-bundle surface, routed the way Apps Script routes it: trigger handlers run as
 * the engine's own triggers (as the office account), everything else as the current official
 * in the panel.
 */
export interface AppFacade {
  call<T = unknown>(fn: string, ...args: unknown[]): T;
  callFromClient<T = unknown>(fn: string, ...args: unknown[]): T;
}

export interface E2E {
  ws: Workspace;
  zoom: FakeZoom;
  product: InstalledProduct;
  engine: LoadedBundle;
  panel: LoadedBundle;
  app: AppFacade;
  /** The engine's locks (the script lock every write takes). */
  locks: LockState;
  /** Who clicks next (an official's email). */
  who(): string;
  formId(): string;
  submit(answers: Record<string, string>): void;
  as(email: string): void;
  state(): Result<SidebarStateDto>;
  detail(id: string): Result<RequestDetailDto>;
  act(id: string, action: string, input?: ActionRequestDto['input']): Result<ActionResultDto>;
  sheet(name: string): unknown[][];
  column(header: string): unknown[];
  /** The office account shares the spreadsheet with `o` and types their Pengguna row by hand. */
  addOfficial(o: Official): void;
  /** The engine's Script Properties (Zoom credentials, the form id, the nightly marks). */
  engineProps(): GoogleAppsScript.Properties.Properties;
}

const TRIGGERS: Record<string, (p: InstalledProduct) => void> = {
  runHourly: (p) => p.hourly(),
  onEdit: (p) => p.sheetEdited(),
};

function facade(p: InstalledProduct, who: () => string): AppFacade {
  return {
    call: <T>(fn: string, ...args: unknown[]): T => {
      const trigger = TRIGGERS[fn];
      if (trigger) return trigger(p) as T;
      return p.panel.callAs<T>(who(), fn, ...args);
    },
    callFromClient: <T>(fn: string, ...args: unknown[]): T => p.panel.callFromClientAs<T>(who(), fn, ...args),
  };
}

/** Officials of `presetId`, one per role ('<role>@kominfo.go.id'), plus the admin. */
function officialsOf(presetId: string) {
  const preset = presetById(presetId)!;
  return [
    ...preset.roles.map((r) => ({ email: `${r.id}@kominfo.go.id`, name: `Petugas ${r.label}`, roles: [r.id] })),
    { email: ADMIN, name: 'Admin Kantor', roles: [], admin: true },
  ];
}

/** Setup done by the office account, Pengaturan set to `presetId`, one official per role, Zoom ready. */
export function e2eWorld(presetId = '000-bandung', now = new Date('2026-11-23T02:00:00Z')): E2E {
  const ws = createWorkspace({ now, activeUser: OFFICE, effectiveUser: OFFICE });
  const product = loadProduct(ws, OFFICE);
  runSetup(product);
  writeSettingByHand(product, 'Alur SOP', presetId);
  writeOfficials(product, officialsOf(presetId));
  ws.acl.manualEdit(OFFICE, { sheet: 'Sumber Daya', range: 'A2:H3' }, [
    ['Akun Zoom', 'Zoom Kominfo 1', 'zoom1@kominfo.go.id', 'Pro', 300, '', 'Ya', ''],
    ['Ruang', 'Ruang Rapat Utama', '', '', 40, '', 'Ya', 'TV, kamera'],
  ]);
  product.panel.callAs(ADMIN, 'menuSetupCalendars');
  const zoom = createFakeZoom({ now: () => ws.clock.now(), users: ['zoom1@kominfo.go.id', 'zoom2@kominfo.go.id'] });
  ws.http.register('https://zoom.us/', zoom.handler);
  ws.http.register('https://api.zoom.us/', zoom.handler);
  const props = product.engineProject.properties.script;
  props.set('ZOOM_ACCOUNT_ID', FAKE_ZOOM_CREDENTIALS.accountId);
  props.set('ZOOM_CLIENT_ID', FAKE_ZOOM_CREDENTIALS.clientId);
  props.set('ZOOM_CLIENT_SECRET', FAKE_ZOOM_CREDENTIALS.clientSecret);
  const book = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  let current = ADMIN;
  const e: E2E = {
    ws,
    zoom,
    product,
    engine: product.engine,
    panel: product.panel,
    app: facade(product, () => current),
    locks: product.engineProject.locks,
    who: () => current,
    formId: () => product.formId(),
    submit: (answers) => {
      ws.submitForm(e.formId(), withoutEmail(answers), { respondentEmail: answers.Email });
    },
    as: (email) => {
      current = email;
    },
    state: () => product.panel.callFromClientAs(current, 'getSidebarState'),
    detail: (id) => product.panel.callFromClientAs(current, 'getRequestDetail', id),
    act: (id, action, input = {}) => {
      const d = e.detail(id);
      if (!d.ok) return d as Result<ActionResultDto>;
      return product.panel.callFromClientAs(current, 'performAction', {
        requestId: id,
        action,
        expectedVersion: d.value.version,
        input: JSON.parse(JSON.stringify(input)),
      });
    },
    sheet: (name) => book.getSheetByName(name)!.getDataRange().getValues(),
    column: (header) => {
      const v = e.sheet('Register');
      const i = v[0].indexOf(header);
      return v.slice(1).map((r) => r[i]);
    },
    addOfficial: (o) => addOfficial(product, o),
    engineProps: () =>
      (
        product.engineProject.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
      ).getScriptProperties(),
  };
  return e;
}
