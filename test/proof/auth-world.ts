/**
 * The people of the authorization matrix and the independent expectation of
 * what each may do, built from the preset data and the Pengguna / Plh rows this
 * file writes — not from the engine's own functions.
 */
import { e2eWorld, type E2E } from '../e2e/world';
import { validAnswers } from '../fixtures/answers';
import type { Preset, StepDef } from '../../src/core/sop/types';
import { ID } from './kit';

/** A caller: who Session says it is, and what Pengguna / Plh say about them. */
export interface Subject {
  label: string;
  email: string;
  registered: boolean;
  active: boolean;
  admin: boolean;
  /** Roles held directly. */
  roles: string[];
  /** Roles held as Plh today (dates include today). */
  plhToday: string[];
}

const TODAY_RANGE = ['2026-11-20', '2026-11-30'];
const PAST_RANGE = ['2026-11-01', '2026-11-22'];
const FUTURE_RANGE = ['2026-11-24', '2026-12-31'];

/** Every subject for `preset`: one per role, admin, stranger, no email, inactive, Plh today / past / future. */
export function subjectsOf(preset: Preset): Subject[] {
  const all = preset.roles.map((r) => r.id);
  const base = { registered: true, active: true, admin: false, roles: [] as string[], plhToday: [] as string[] };
  return [
    ...all.map((role) => ({ ...base, label: role, email: `${role}@kominfo.go.id`, roles: [role] })),
    { ...base, label: 'admin', email: 'admin@kominfo.go.id', admin: true },
    { ...base, label: 'orang asing', email: 'orang.asing@gmail.com', registered: false, active: false },
    { ...base, label: 'tanpa email', email: '', registered: false, active: false },
    { ...base, label: 'nonaktif', email: 'nonaktif@kominfo.go.id', active: false, roles: all },
    { ...base, label: 'admin nonaktif', email: 'admin.nonaktif@kominfo.go.id', active: false, admin: true },
    { ...base, label: 'Plh berlaku', email: 'plh.aktif@kominfo.go.id', plhToday: all },
    { ...base, label: 'Plh lewat', email: 'plh.lewat@kominfo.go.id' },
    { ...base, label: 'Plh belum mulai', email: 'plh.nanti@kominfo.go.id' },
  ];
}

/** A world on `preset` with the extra Pengguna and Plh rows, and one request (ID) at the start step. */
export function authWorld(preset: Preset): E2E {
  const e = e2eWorld(preset.id);
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const all = preset.roles.map((r) => r.id).join(', ');
  const users = [
    ['nonaktif@kominfo.go.id', 'Pegawai Nonaktif', '', all, 'Tidak', 'Tidak'],
    ['admin.nonaktif@kominfo.go.id', 'Admin Lama', '', '', 'Tidak', 'Ya'],
    ['plh.aktif@kominfo.go.id', 'Plh Berlaku', '', '', 'Ya', 'Tidak'],
    ['plh.lewat@kominfo.go.id', 'Plh Lewat', '', '', 'Ya', 'Tidak'],
    ['plh.nanti@kominfo.go.id', 'Plh Nanti', '', '', 'Ya', 'Tidak'],
  ];
  book
    .getSheetByName('Pengguna')!
    .getRange(3 + preset.roles.length, 1, users.length, 6)
    .setValues(users);
  const plh = preset.roles.flatMap((r) => [
    [r.id, 'plh.aktif@kominfo.go.id', `Petugas ${r.label}`, ...TODAY_RANGE],
    [r.id, 'plh.lewat@kominfo.go.id', `Petugas ${r.label}`, ...PAST_RANGE],
    [r.id, 'plh.nanti@kominfo.go.id', `Petugas ${r.label}`, ...FUTURE_RANGE],
  ]);
  book.getSheetByName('Plh')!.getRange(2, 1, plh.length, 5).setValues(plh);
  e.app.call('onEdit', { range: book.getSheetByName('Plh')!.getRange(1, 1) });
  e.submit(validAnswers({ 'Tanggal kegiatan': '2026-12-07' }));
  return e;
}

/** May `s` act at `step` through its role (directly or as Plh today)? */
export function holdsStep(s: Subject, step: StepDef): boolean {
  if (!s.registered || !s.active || step.terminal || step.actor === 'pemohon') return false;
  return s.roles.includes(step.actor) || s.plhToday.includes(step.actor);
}

/** The actions `s` may take at `step`: the step's own when they hold it, and 'batalkan' for an admin. */
export function expectedActions(s: Subject, step: StepDef): string[] {
  if (!s.registered || !s.active || step.terminal) return [];
  return step.actions.filter((a) => holdsStep(s, step) || (s.admin && a.id === 'batalkan')).map((a) => a.id);
}

/** Inputs that satisfy every requirement an action may have (so only authorization can refuse). */
export function fullInput(preset: Preset): Record<string, unknown> {
  const docs = preset.requiredDocumentation.length ? preset.requiredDocumentation : ['laporan'];
  const operator = preset.roles.some((r) => r.id === 'operator') ? 'operator@kominfo.go.id' : 'staf@kominfo.go.id';
  return {
    note: 'Catatan uji otorisasi.',
    operator,
    link: 'https://zoom.us/j/81234567890',
    alternative: { date: '2026-12-08', start: '13:00', end: '14:00' },
    documentation: Object.fromEntries(docs.map((d) => [d, `https://drive.google.com/file/d/${d}`])),
  };
}

/** Puts the Register row of ID back as it was after intake, at `step`. */
export function placeAt(e: E2E, snapshot: unknown[], step: StepDef): void {
  const sheet = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Register')!;
  const head = sheet.getRange(1, 1, 1, snapshot.length).getValues()[0].map(String);
  const row = snapshot.map((v, i) => {
    if (head[i] === 'Langkah') return `'${step.id}`;
    if (head[i] === 'Status') return `'${step.status}`;
    return typeof v === 'string' && v !== '' ? `'${v}` : v;
  });
  sheet.getRange(2, 1, 1, row.length).setValues([row]);
}

/** The Register row of ID as stored now. */
export function rowSnapshot(e: E2E): unknown[] {
  const [, row] = e.sheet('Register');
  if (row[0] !== ID) throw new Error('baris pertama bukan permohonan uji');
  return row;
}
