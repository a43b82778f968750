/**
 * Shared helpers of the proof suites: walking the Bandung SOP on the built
 * bundle, counting what the outside world holds for a request (calendar
 * events, Zoom meetings, mails, history), and failing the n-th call of a
 * stand-in method.
 */
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, type E2E } from '../e2e/world';
import { calendarStore } from '../../dev/standin/calendar';
import type { Fault } from '../../dev/standin';
import type { Result } from '../../src/shared/rpc';

export const ID = 'VC-2026-0001';
export const mailOf = (role: string): string => `${role}@kominfo.go.id`;

/** The value of a Result, or a thrown error naming the refusal. */
export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`ditolak: ${r.error}`);
  return r.value;
}

/** The Bandung steps in order: who acts, which action, with what input. */
export const BANDUNG_WALK: Array<{ who: string; action: string; input?: Record<string, string> }> = [
  { who: 'kadis', action: 'disposisi' },
  { who: 'kabid', action: 'disposisi' },
  { who: 'subkoor', action: 'terima' },
  { who: 'subkoor', action: 'setujui' },
  { who: 'subkoor', action: 'tugaskan_operator', input: { operator: mailOf('operator') } },
  { who: 'operator', action: 'buat_rapat' },
  { who: 'operator', action: 'kirim_tautan' },
  { who: 'operator', action: 'selesai' },
];

/** The Tarakan steps in order (it drafts, numbers, signs and mails a reply letter). */
export const TARAKAN_WALK: typeof BANDUNG_WALK = [
  { who: 'kadis', action: 'disposisi' },
  { who: 'kabid', action: 'disposisi' },
  { who: 'subkoor', action: 'jadwal_kosong' },
  { who: 'staf', action: 'buat_rapat' },
  { who: 'staf', action: 'laporkan' },
  { who: 'subkoor', action: 'buat_draf' },
  { who: 'kabid', action: 'teruskan' },
  { who: 'kadis', action: 'kirim_surat' },
];

/** The letterhead settings and the signer's NIP a reply letter needs (Pengaturan, Pengguna). */
export function fillLetterhead(e: E2E): void {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const settings = book.getSheetByName('Pengaturan')!;
  const labels = settings
    .getDataRange()
    .getValues()
    .map((r) => String(r[0]));
  const values: Record<string, string> = {
    'Kop surat: pemerintah daerah': 'PEMERINTAH KOTA TARAKAN',
    'Kop surat: alamat kantor': 'Jl. Jenderal Sudirman No. 1',
    'Kota (tempat surat)': 'Tarakan',
  };
  for (const [label, value] of Object.entries(values)) settings.getRange(labels.indexOf(label) + 1, 2).setValue(value);
  const users = book.getSheetByName('Pengguna')!;
  const emails = users
    .getDataRange()
    .getValues()
    .map((r) => String(r[0]));
  for (const role of ['kadis', 'kabid', 'subkoor']) {
    const row = emails.indexOf(mailOf(role)) + 1;
    if (row > 0) users.getRange(row, 3).setValue(`'19700101 199001 1 00${role.length}`);
  }
  e.app.call('onEdit', { range: settings.getRange(1, 1) });
}

/** A world on `presetId` with one valid request walked through the first `steps` steps of `walk`. */
export function walkAt(
  presetId: string,
  walk: typeof BANDUNG_WALK,
  steps: number,
  answers: Record<string, string> = {},
): E2E {
  const e = e2eWorld(presetId);
  if (walk === TARAKAN_WALK) fillLetterhead(e);
  e.submit(validAnswers(answers));
  for (const s of walk.slice(0, steps)) {
    e.as(mailOf(s.who));
    ok(e.act(ID, s.action, s.input ?? {}));
  }
  return e;
}

/** Rows of Riwayat for one request, as { kind, action, key }. */
export function historyOf(
  e: E2E,
  id = ID,
): Array<{ kind: string; action: string; from: string; to: string; key: string; note: string }> {
  const [head, ...rows] = e.sheet('Riwayat');
  const at = (h: string) => head.indexOf(h);
  return rows
    .filter((r) => r[at('Nomor Permohonan')] === id)
    .map((r) => ({
      kind: String(r[at('Jenis')]),
      action: String(r[at('Aksi')]),
      from: String(r[at('Dari Langkah')]),
      to: String(r[at('Ke Langkah')]),
      key: String(r[at('Kunci')]),
      note: String(r[at('Catatan')]),
    }));
}

/** One Register row as header → value. */
export function rowOf(e: E2E, id = ID): Record<string, unknown> {
  const [head, ...rows] = e.sheet('Register');
  const row = rows.find((r) => r[head.indexOf('Nomor')] === id) ?? [];
  return Object.fromEntries(head.map((h, i) => [String(h), row[i]]));
}

/** Effect kinds listed in the row's 'Efek Tertunda'. */
export function pendingKinds(e: E2E, id = ID): string[] {
  return String(rowOf(e, id)['Efek Tertunda'] ?? '')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('|')[0]);
}

/** Live calendar bookings (events without a Meet conference) tagged with the request, as calendar ids. */
export function eventsOf(e: E2E, id = ID): string[] {
  return [...calendarStore(e.ws.ctx).events.values()]
    .filter((ev) => ev.status === 'confirmed' && ev.tags.vicon_request === id && !ev.conference)
    .map((ev) => ev.calendarId);
}

/** Live Google Meet events (with a conference) of the request, as conference codes. */
export function meetsOf(e: E2E, id = ID): string[] {
  return [...calendarStore(e.ws.ctx).events.values()]
    .filter((ev) => ev.status === 'confirmed' && ev.tags.vicon_request === id && ev.conference)
    .map((ev) => ev.conference!.code);
}

/** Zoom meetings (on the fake server) the product made for the request: their agenda's first line names it. */
export function meetingsOf(e: E2E, id = ID): string[] {
  const marker = new RegExp(`^Layanan Vicon ${id} [0-9a-f]{8}$`);
  return [...e.zoom.state.meetings.values()].filter((m) => marker.test(m.agenda.split('\n')[0])).map((m) => m.id);
}

/** Reminders depend on the clock (overdue digest, H-1), not on the effect under test. */
const REMINDER = /Ringkasan langkah terlambat|Pengingat/i;

/** Letter numbers in use (the 'Surat' sheet, not voided) for the request. */
export function lettersOf(e: E2E, id = ID): string[] {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  if (!book.getSheetByName('Surat')) return [];
  const [head, ...rows] = e.sheet('Surat');
  return rows
    .filter((r) => r[head.indexOf('Nomor Permohonan')] === id && r[head.indexOf('Status')] !== 'Batal')
    .map((r) => String(r[head.indexOf('Nomor Surat')]));
}

/** PDFs in Drive (not trashed) named after the request. */
export function pdfsOf(e: E2E, id = ID): string[] {
  return [...e.ws.drive.items.values()]
    .filter((f) => !f.trashed && f.mimeType === 'application/pdf' && f.name.includes(id))
    .map((f) => f.name);
}

/** Every mail except reminders as 'to | subject', sorted (a multiset to compare against a fault-free run). */
export function mailSet(e: E2E): string[] {
  return e.ws.mail.outbox
    .filter((m) => !REMINDER.test(m.subject))
    .map((m) => `${m.to.join(',')} | ${m.subject} | ${m.attachments.map((a) => a.name).join(',')}`)
    .sort();
}

/** The action entries of the history (what an auditor reads), in order. */
export function actionTrail(e: E2E, id = ID): string[] {
  return historyOf(e, id)
    .filter((h) => h.kind !== 'efek')
    .map((h) => `${h.kind}:${h.action}:${h.from}>${h.to}`);
}

/**
 * Fails only the `nth` call (1-based, counted from now) of `key` with `fault`, by arming the
 * stand-in's fault store just before that call.
 */
export function failNth(e: E2E, key: string, nth: number, fault: Fault): void {
  const store = e.ws.ctx.faults;
  const peek = store.peekKind.bind(store);
  let seen = 0;
  store.peekKind = (k: string) => {
    if (k === key && ++seen === nth) store.inject(key, { ...fault, times: 1 } as Fault);
    return peek(k);
  };
}

/** Words an Indonesian message to an official carries (what happened or what to do). */
export const INDONESIAN = /(Coba lagi|coba lagi|sibuk|tertunda|tercatat|muat ulang|hubungi admin|tidak|belum|Jadwal)/;
