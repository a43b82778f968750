/**
 * The five SOPs walked on the built bundle: each preset's main path with the inputs its steps ask
 * for, a world whose clock the test sets first, and small readers of what people received.
 */
import { validAnswers } from '../fixtures/answers';
import { fillLetterhead } from '../proof/kit';
import { e2eWorld, ok, type E2E } from './world';
import { presetById } from '../../src/core/sop/presets';
import type { ActionInput } from '../../src/core/sop/types';

/** One click of a walk: the role that clicks, the action, what it types. */
export type Click = [role: string, action: string, input?: ActionInput];

export const PRESET_IDS = ['000-bandung', '001-tarakan', '002-singkawang', '003-tangerang', '004-demak'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const OPERATOR = 'operator@kominfo.go.id';

/** Each preset's main path from intake to Selesai (the event on `date`, 09:00–11:30 office time). */
export function mainPath(presetId: PresetId, date: string): Click[] {
  const test = { date: date, time: '08:00' };
  const paths: Record<PresetId, Click[]> = {
    '000-bandung': [
      ['kadis', 'disposisi'],
      ['kabid', 'disposisi'],
      ['subkoor', 'terima'],
      ['subkoor', 'setujui'],
      ['subkoor', 'tugaskan_operator', { operator: OPERATOR }],
      ['operator', 'buat_rapat'],
      ['operator', 'kirim_tautan'],
      ['operator', 'selesai'],
    ],
    '001-tarakan': [
      ['kadis', 'disposisi'],
      ['kabid', 'disposisi'],
      ['subkoor', 'jadwal_kosong'],
      ['staf', 'buat_rapat'],
      ['staf', 'laporkan'],
      ['subkoor', 'buat_draf'],
      ['kabid', 'teruskan'],
      ['kadis', 'kirim_surat'],
    ],
    '002-singkawang': [
      ['tu', 'catat', { srikandiNumber: 'B/210/DISKOMINFO/2026' }],
      ['kadis', 'disposisi'],
      ['kabid', 'disposisi'],
      ['subkoor', 'arahkan_tim'],
      ['tim', 'konfirmasi'],
      ['subkoor', 'jadwalkan_uji', { testTime: test }],
      ['tim', 'selesai_pelaksanaan'],
      ['tim', 'unggah_laporan', { documentation: { laporan: 'Kegiatan berjalan lancar.' } }],
    ],
    '003-tangerang': [
      ['staf', 'verifikasi'],
      ['subkoor', 'setujui'],
      ['staf', 'buat_link'],
    ],
    '004-demak': [
      ['subkoor', 'tugaskan_operator', { operator: OPERATOR, documentation: { disposisi: 'Disposisi Bupati 045/88' } }],
      ['operator', 'catat_jadwal'],
      ['operator', 'siapkan_host'],
      ['operator', 'peralatan_siap'],
      ['operator', 'rekaman_selesai', { documentation: { video: 'https://drive.google.com/file/d/rekaman' } }],
      ['operator', 'unggah_dokumentasi', { documentation: { notulen: 'Notulen rapat.', foto: 'https://foto' } }],
    ],
  };
  return paths[presetId];
}

/**
 * A world on `presetId` at `now` (Setup, officials, Zoom ready; the letterhead and the signers' NIP
 * filled so letters can be signed), with the hourly run done once (the holiday calendar copied).
 */
export function sopWorld(presetId: PresetId, now: Date): E2E {
  const e = e2eWorld(presetId, now);
  fillLetterhead(e);
  e.app.call('runHourly');
  return e;
}

/** Submit one request for an event on `date` (09:00–11:30); returns its number. */
export function submitFor(e: E2E, date: string, over: Record<string, string> = {}): string {
  const before = e.column('Nomor').length;
  e.submit(validAnswers({ 'Tanggal kegiatan': date, ...over }));
  const ids = e.column('Nomor').map(String);
  if (ids.length !== before + 1) throw new Error('permohonan tidak tercatat');
  return ids[ids.length - 1];
}

/** Click `clicks` in order on `id`, each by the holder of its role. */
export function click(e: E2E, id: string, clicks: Click[]): void {
  for (const [role, action, input] of clicks) {
    e.as(`${role}@kominfo.go.id`);
    ok(e.act(id, action, input ?? {}));
  }
}

/** The step ids a request passes on the main path, in order (the step before each click). */
export function stepsOnPath(presetId: PresetId): string[] {
  const preset = presetById(presetId)!;
  const ids = [preset.start];
  for (const [, action] of mainPath(presetId, '2026-12-30')) {
    const step = preset.steps.find((s) => s.id === ids[ids.length - 1])!;
    ids.push(step.actions.find((a) => a.id === action)!.to);
  }
  return ids;
}

/** One Register cell of request `id`, by header. */
export function cell(e: E2E, id: string, header: string): unknown {
  const rows = e.sheet('Register');
  const row = rows.find((r) => r[rows[0].indexOf('Nomor')] === id) ?? [];
  return row[rows[0].indexOf(header)];
}

/** Mails sent to `to` whose subject matches `subject`. */
export function mailsTo(e: E2E, to: string, subject: RegExp) {
  return e.ws.mail.outbox.filter((m) => m.to.includes(to) && subject.test(m.subject));
}

/** Set the workspace clock to local wall-clock `iso` in `offset` ('+07:00', '+08:00'). */
export function setLocal(e: E2E, iso: string, offset: string): void {
  e.ws.clock.set(new Date(`${iso}${offset}`));
}
