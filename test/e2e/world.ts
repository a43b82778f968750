/**
 * End-to-end harness: the BUILT dist/Code.js in node:vm with the Workspace
 * stand-in as its globals. Helpers act like people: an admin runs Setup and
 * fills Pengguna, applicants submit the form, officials click in the sidebar.
 */
import { createWorkspace, type Workspace } from '../../dev/standin';
import { loadBundle, type LoadedBundle } from '../../dev/standin/loader';
import { presetById } from '../../src/core/sop/presets';
import { createFakeZoom, FAKE_ZOOM_CREDENTIALS, type FakeZoom } from '../../dev/fake-zoom/server';
import type {
  ActionRequestDto,
  ActionResultDto,
  Result,
  SidebarStateDto,
  RequestDetailDto,
} from '../../src/shared/rpc';

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

/** The form collects the email itself (not as a question). */
export function withoutEmail(answers: Record<string, string>): Record<string, string> {
  const { Email: _email, ...rest } = answers;
  return rest;
}

export interface E2E {
  ws: Workspace;
  zoom: FakeZoom;
  app: LoadedBundle;
  formId(): string;
  submit(answers: Record<string, string>): void;
  as(email: string): void;
  state(): Result<SidebarStateDto>;
  detail(id: string): Result<RequestDetailDto>;
  act(id: string, action: string, input?: ActionRequestDto['input']): Result<ActionResultDto>;
  sheet(name: string): unknown[][];
  column(header: string): unknown[];
}

/** Setup done, Pengaturan set to `presetId`, one user per role ('<role>@kominfo.go.id'). */
export function e2eWorld(presetId = '000-bandung', now = new Date('2026-11-23T02:00:00Z')): E2E {
  const ws = createWorkspace({ now, activeUser: ADMIN, effectiveUser: ADMIN });
  const app = loadBundle(ws);
  app.call('menuSetup');
  const ss = ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const book = ss.getActiveSpreadsheet();
  const settings = book.getSheetByName('Pengaturan')!;
  const rows = settings.getDataRange().getValues();
  const presetRow = rows.findIndex((r) => r[0] === 'Alur SOP');
  settings.getRange(presetRow + 1, 2).setValue(presetId);
  const preset = presetById(presetId)!;
  const users = preset.roles.map((r) => [`${r.id}@kominfo.go.id`, `Petugas ${r.label}`, '', r.id, 'Ya', 'Tidak']);
  book.getSheetByName('Pengguna')!.getRange(3, 1, users.length, 6).setValues(users);
  const resources = [
    ['Akun Zoom', 'Zoom Kominfo 1', 'zoom1@kominfo.go.id', 'Pro', 300, '', 'Ya', ''],
    ['Ruang', 'Ruang Rapat Utama', '', '', 40, '', 'Ya', 'TV, kamera'],
  ];
  book.getSheetByName('Sumber Daya')!.getRange(2, 1, resources.length, 8).setValues(resources);
  app.call('menuSetupCalendars');
  const zoom = createFakeZoom({ now: () => ws.clock.now(), users: ['zoom1@kominfo.go.id', 'zoom2@kominfo.go.id'] });
  ws.http.register('https://zoom.us/', zoom.handler);
  ws.http.register('https://api.zoom.us/', zoom.handler);
  const scriptProps = (
    ws.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
  ).getScriptProperties();
  scriptProps.setProperties({
    ZOOM_ACCOUNT_ID: FAKE_ZOOM_CREDENTIALS.accountId,
    ZOOM_CLIENT_ID: FAKE_ZOOM_CREDENTIALS.clientId,
    ZOOM_CLIENT_SECRET: FAKE_ZOOM_CREDENTIALS.clientSecret,
  });
  app.call('onEdit', { range: settings.getRange(1, 1) });
  const props = ws.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  const e: E2E = {
    ws,
    app,
    zoom,
    formId: () => props.getScriptProperties().getProperty('FPVC_FORM_ID')!,
    submit: (answers) => {
      ws.submitForm(e.formId(), withoutEmail(answers), { respondentEmail: answers.Email });
    },
    as: (email) => ws.setActiveUser(email),
    state: () => app.call('getSidebarState'),
    detail: (id) => app.call('getRequestDetail', id),
    act: (id, action, input = {}) => {
      const d = e.detail(id);
      if (!d.ok) return d as Result<ActionResultDto>;
      return app.call(
        'performAction',
        JSON.parse(JSON.stringify({ requestId: id, action, expectedVersion: d.value.version, input })),
      );
    },
    sheet: (name) => book.getSheetByName(name)!.getDataRange().getValues(),
    column: (header) => {
      const v = e.sheet('Register');
      const i = v[0].indexOf(header);
      return v.slice(1).map((r) => r[i]);
    },
  };
  return e;
}
