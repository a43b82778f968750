/**
 * The people of the authorization matrix and the independent expectation of
 * what each may do, built from the preset data and the Pengguna / Plh rows this
 * file writes — not from the engine's own functions.
 */
import { e2eWorld, OFFICE, type E2E } from '../e2e/world';
import { validAnswers } from '../fixtures/answers';
import { runExecution } from '../../dev/standin/executions';
import type { ActionDef, Preset, StepDef } from '../../src/core/sop/types';
import { acceptedFields } from '../../src/core/sop/inputs';
import { ID } from './kit';

/** A caller: who Session says it is, and what Pengguna / Plh say about them. */
export interface Subject {
  label: string;
  /** What Session.getActiveUser() tells the panel ('' when Google hides it). */
  email: string;
  /** Who is really at the keyboard when `email` is '' (their identity token still names them). */
  hidden?: string;
  registered: boolean;
  active: boolean;
  admin: boolean;
  /** The office account itself (row 2 of Pengguna, admin, no role): the only one who may run Setup. */
  office: boolean;
  /** Roles held directly. */
  roles: string[];
  /** Roles held as Plh today (dates include today). */
  plhToday: string[];
}

/** A consumer account the spreadsheet is shared with, whose address Google hides from the panel. */
const HIDDEN = 'tanpa.email@gmail.com';
const TODAY_RANGE = ['2026-11-20', '2026-11-30'];
const PAST_RANGE = ['2026-11-01', '2026-11-22'];
const FUTURE_RANGE = ['2026-11-24', '2026-12-31'];

/** Every subject for `preset`: one per role, admin, the office account, stranger, no email, inactive, Plh today / past / future. */
export function subjectsOf(preset: Preset): Subject[] {
  const all = preset.roles.map((r) => r.id);
  const base = {
    registered: true,
    active: true,
    admin: false,
    office: false,
    roles: [] as string[],
    plhToday: [] as string[],
  };
  return [
    ...all.map((role) => ({ ...base, label: role, email: `${role}@kominfo.go.id`, roles: [role] })),
    { ...base, label: 'admin', email: 'admin@kominfo.go.id', admin: true },
    { ...base, label: 'akun layanan', email: OFFICE, admin: true, office: true },
    { ...base, label: 'orang asing', email: 'orang.asing@gmail.com', registered: false, active: false },
    { ...base, label: 'tanpa email', email: '', hidden: HIDDEN, registered: false, active: false },
    { ...base, label: 'nonaktif', email: 'nonaktif@kominfo.go.id', active: false, roles: all },
    { ...base, label: 'admin nonaktif', email: 'admin.nonaktif@kominfo.go.id', active: false, admin: true },
    { ...base, label: 'Plh berlaku', email: 'plh.aktif@kominfo.go.id', plhToday: all },
    { ...base, label: 'Plh lewat', email: 'plh.lewat@kominfo.go.id' },
    { ...base, label: 'Plh belum mulai', email: 'plh.nanti@kominfo.go.id' },
  ];
}

/**
 * A world on `preset` with the extra Pengguna and Plh rows (typed by the office account, each
 * person sharing the spreadsheet, the stranger too: only the engine may refuse them), and one
 * request (ID) at the start step.
 */
export function authWorld(preset: Preset): E2E {
  const e = e2eWorld(preset.id);
  const all = preset.roles.map((r) => r.id);
  e.addOfficial({ email: 'nonaktif@kominfo.go.id', name: 'Pegawai Nonaktif', roles: all, active: false });
  e.addOfficial({ email: 'admin.nonaktif@kominfo.go.id', name: 'Admin Lama', roles: [], admin: true, active: false });
  e.addOfficial({ email: 'plh.aktif@kominfo.go.id', name: 'Plh Berlaku', roles: [] });
  e.addOfficial({ email: 'plh.lewat@kominfo.go.id', name: 'Plh Lewat', roles: [] });
  e.addOfficial({ email: 'plh.nanti@kominfo.go.id', name: 'Plh Nanti', roles: [] });
  for (const stranger of ['orang.asing@gmail.com', HIDDEN]) e.ws.acl.share(e.ws.spreadsheet.id, stranger, 'editor');
  const plh = preset.roles.flatMap((r) => [
    [r.id, 'plh.aktif@kominfo.go.id', `Petugas ${r.label}`, ...TODAY_RANGE],
    [r.id, 'plh.lewat@kominfo.go.id', `Petugas ${r.label}`, ...PAST_RANGE],
    [r.id, 'plh.nanti@kominfo.go.id', `Petugas ${r.label}`, ...FUTURE_RANGE],
  ]);
  e.ws.acl.manualEdit(OFFICE, { sheet: 'Plh', range: `A2:E${plh.length + 1}` }, plh);
  e.submit(validAnswers({ 'Tanggal kegiatan': '2026-12-07' }));
  return e;
}

/**
 * google.script.run from the sidebar of `s`: as themselves, or, for a subject whose address Google
 * hides, with Session.getActiveUser() blank while the execution (and its identity token) is theirs.
 */
export function callAs(e: E2E, s: Subject, fn: string, ...args: unknown[]): unknown {
  e.as(s.email);
  if (!s.hidden) return e.app.callFromClient(fn, ...args);
  const copies = JSON.parse(JSON.stringify(args)) as unknown[];
  const spec = { kind: 'client' as const, fn, active: '', effective: s.hidden };
  const project = e.panel.project;
  return JSON.parse(JSON.stringify(runExecution(e.ws.ctx, project, spec, () => project.invoke!(fn, ...copies))));
}

/** May `s` act at `step` through its role (directly or as Plh today)? */
export function holdsStep(s: Subject, step: StepDef): boolean {
  if (!s.registered || !s.active || step.terminal || step.actor === 'pemohon') return false;
  const roles = [step.actor, ...(step.alsoActors ?? [])];
  return roles.some((r) => s.roles.includes(r) || s.plhToday.includes(r));
}

/** Issue 16 §3: an admin may undo a closing "dalam satu hari" (within a day of it). */
const REOPEN_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The actions `s` may take at `step`: the step's own when they hold it, and 'batalkan' for an admin
 * at every step of the flow (the step's own cancel, else the engine's, listed last). At a closed
 * step, 'buka_kembali' for an admin when `closedAt` (when the matrix's own click closed the request
 * into this step, ms) lies at most a day before `now` (ms).
 */
export function expectedActions(s: Subject, step: StepDef, closedAt?: number, now?: number): string[] {
  if (!s.registered || !s.active) return [];
  if (step.terminal) {
    const recent = closedAt !== undefined && now !== undefined && now - closedAt <= REOPEN_WINDOW_MS;
    return s.admin && recent ? ['buka_kembali'] : [];
  }
  const own = step.actions.filter((a) => holdsStep(s, step) || (s.admin && a.id === 'batalkan')).map((a) => a.id);
  return s.admin && !own.includes('batalkan') ? [...own, 'batalkan'] : own;
}

/**
 * Inputs that satisfy every requirement `action` has, and only those (an action refuses a field it
 * does not declare), so only authorization can refuse.
 */
export function fullInput(preset: Preset, action: ActionDef): Record<string, unknown> {
  const docs = action.documents ?? (preset.requiredDocumentation.length ? preset.requiredDocumentation : ['laporan']);
  const operator = preset.roles.some((r) => r.id === 'operator') ? 'operator@kominfo.go.id' : 'staf@kominfo.go.id';
  const all: Record<string, unknown> = {
    note: 'Catatan uji otorisasi.',
    operator,
    link: 'https://zoom.us/j/81234567890',
    alternative: { date: '2026-12-08', start: '13:00', end: '14:00' },
    documentation: Object.fromEntries(docs.map((d) => [d, `https://drive.google.com/file/d/${d}`])),
    srikandiNumber: 'B/1/DISKOMINFO/2026',
    testTime: { date: '2026-12-04', time: '10:00' },
  };
  const taken = acceptedFields(action);
  return Object.fromEntries(Object.entries(all).filter(([k]) => taken.has(k)));
}

/**
 * Puts the Register row of ID back as it was after intake, at `step`, typed by hand as the office
 * account (so the engine's edit trigger follows it), keeping the link to its Riwayat rows.
 */
export function placeAt(e: E2E, snapshot: unknown[], step: StepDef): void {
  const sheet = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Register')!;
  const head = sheet.getRange(1, 1, 1, snapshot.length).getValues()[0].map(String);
  const now = sheet.getRange(2, 1, 1, snapshot.length).getValues()[0];
  const row = snapshot.map((v, i) => {
    if (head[i] === 'Langkah') return `'${step.id}`;
    // The request's Riwayat rows written since the snapshot stay linked to it (its trail).
    if (head[i] === 'Baris Riwayat') return now[i] === '' ? '' : `'${String(now[i])}`;
    if (head[i] === 'Status') return `'${step.status}`;
    return typeof v === 'string' && v !== '' ? `'${v}` : v;
  });
  const last = sheet.getRange(1, row.length).getA1Notation().replace(/\d+$/, '2');
  e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: `A2:${last}` }, [row]);
}

/** The Register row of ID as stored now. */
export function rowSnapshot(e: E2E): unknown[] {
  const [, row] = e.sheet('Register');
  if (row[0] !== ID) throw new Error('baris pertama bukan permohonan uji');
  return row;
}
