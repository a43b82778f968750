/**
 * The five presets walked end to end by their own officials (each step clicked in the panel by
 * '<role>@kominfo.go.id'), and what the office account must own afterwards: calendars, meetings,
 * mail, Drive items, triggers. Expectations are written from the presets' SOP texts and the
 * office's set-up (one Zoom account, one room), never read back from the code under test.
 */
import { calendarStore } from '../../../dev/standin/calendar';
import { validAnswers } from '../../fixtures/answers';
import { e2eWorld, OFFICE, ok, type E2E } from '../world';
import { fillLetterhead, ID, mailOf } from '../../proof/kit';
import type { ActionRequestDto, UploadResultDto, Result } from '../../../src/shared/rpc';
import { callLedger, SHEET_WRITE, type CallRecord } from './ledger';

type Input = ActionRequestDto['input'];
/** One click: who (role), which action, with what input; `input` may be computed from the world. */
export interface Click {
  role: string;
  action: string;
  input?: Input | ((e: E2E) => Input);
}

/** A preset walked from intake to 'Selesai'. */
export interface PresetWalk {
  presetId: string;
  answers: Record<string, string>;
  /** The platform the walk ends on: a Zoom meeting or a Google Meet event. */
  meeting: 'zoom' | 'meet';
  /** Drive items (PDF/Docs/uploads) whose name the walk must leave in the office's Drive. */
  files: RegExp[];
  clicks: Click[];
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');

/** Demak's operator uploads the photo first, then closes with its link. */
function uploadPhoto(e: E2E): Input {
  e.as(mailOf('operator'));
  const file = { name: 'foto rapat.png', mimeType: 'image/png', base64: PNG };
  const saved = ok(e.app.callFromClient<Result<UploadResultDto>>('uploadDocumentation', ID, file));
  return { documentation: { notulen: 'Rapat berjalan lancar.', foto: saved.url } };
}

export const WALKS: PresetWalk[] = [
  {
    presetId: '000-bandung',
    answers: { 'Perlu ruang rapat': 'Ya', 'Perkiraan jumlah peserta': '30' },
    meeting: 'zoom',
    files: [],
    clicks: [
      { role: 'kadis', action: 'disposisi' },
      { role: 'kabid', action: 'disposisi' },
      { role: 'subkoor', action: 'terima' },
      { role: 'subkoor', action: 'setujui' },
      { role: 'subkoor', action: 'tugaskan_operator', input: { operator: mailOf('operator') } },
      { role: 'operator', action: 'buat_rapat' },
      { role: 'operator', action: 'kirim_tautan' },
      { role: 'operator', action: 'selesai' },
    ],
  },
  {
    presetId: '001-tarakan',
    answers: {},
    meeting: 'zoom',
    files: [/^VC-2026-0001 — Surat .*\.pdf$/],
    clicks: [
      { role: 'kadis', action: 'disposisi' },
      { role: 'kabid', action: 'disposisi' },
      { role: 'subkoor', action: 'jadwal_kosong' },
      { role: 'staf', action: 'buat_rapat' },
      { role: 'staf', action: 'laporkan' },
      { role: 'subkoor', action: 'buat_draf' },
      { role: 'kabid', action: 'teruskan' },
      { role: 'kadis', action: 'kirim_surat' },
    ],
  },
  {
    presetId: '002-singkawang',
    answers: {},
    meeting: 'zoom',
    files: [/^VC-2026-0001 — Laporan Pelaksanaan\.pdf$/, /^VC-2026-0001 — Surat .*\.pdf$/],
    clicks: [
      { role: 'tu', action: 'catat', input: { srikandiNumber: 'B/210/DISKOMINFO/2026' } },
      { role: 'kadis', action: 'disposisi' },
      { role: 'kabid', action: 'disposisi' },
      { role: 'subkoor', action: 'arahkan_tim' },
      { role: 'tim', action: 'konfirmasi' },
      { role: 'subkoor', action: 'jadwalkan_uji', input: { testTime: { date: '2026-11-30', time: '08:00' } } },
      { role: 'tim', action: 'selesai_pelaksanaan' },
      {
        role: 'tim',
        action: 'unggah_laporan',
        input: { documentation: { laporan: 'Berjalan lancar.', jumlahPeserta: '120', kendala: '-' } },
      },
    ],
  },
  {
    presetId: '003-tangerang',
    answers: { Platform: 'Google Meet' },
    meeting: 'meet',
    files: [],
    clicks: [
      { role: 'staf', action: 'verifikasi' },
      { role: 'subkoor', action: 'setujui' },
      { role: 'staf', action: 'buat_link' },
    ],
  },
  {
    presetId: '004-demak',
    answers: {},
    meeting: 'zoom',
    files: [/^foto rapat\.png$/],
    clicks: [
      {
        role: 'subkoor',
        action: 'tugaskan_operator',
        input: { operator: mailOf('operator'), documentation: { disposisi: 'Disposisi Bupati 045/88' } },
      },
      { role: 'operator', action: 'catat_jadwal' },
      { role: 'operator', action: 'siapkan_host' },
      { role: 'operator', action: 'peralatan_siap' },
      {
        role: 'operator',
        action: 'rekaman_selesai',
        input: { documentation: { video: 'https://drive.google.com/file/d/rekaman' } },
      },
      { role: 'operator', action: 'unggah_dokumentasi', input: uploadPhoto },
    ],
  },
];

/** What a walk left behind, with the ledger of every call made during it. */
export interface Walked {
  e: E2E;
  calls: CallRecord[];
  /** Who clicked each step, in order. */
  clickers: string[];
}

/** A world on `walk.presetId` (Setup by the office account), one request, walked click by click. */
export function runWalk(walk: PresetWalk): Walked {
  const e = e2eWorld(walk.presetId);
  if (walk.presetId === '001-tarakan' || walk.presetId === '002-singkawang') fillLetterhead(e);
  const ledger = callLedger(e.ws);
  e.submit(validAnswers(walk.answers));
  const clickers: string[] = [];
  for (const click of walk.clicks) {
    const input = typeof click.input === 'function' ? click.input(e) : (click.input ?? {});
    e.as(mailOf(click.role));
    clickers.push(e.who());
    ok(e.act(ID, click.action, input));
  }
  return { e, calls: ledger.calls, clickers };
}

/** Owners of the live calendar events of the request, by calendar, and whether they carry a Meet conference. */
export function bookings(e: E2E): Array<{ calendar: string; owner: string; meet: boolean }> {
  const store = calendarStore(e.ws.ctx);
  return [...store.events.values()]
    .filter((ev) => ev.status === 'confirmed' && ev.tags.vicon_request === ID)
    .map((ev) => ({
      calendar: store.calendars.get(ev.calendarId)?.name ?? ev.calendarId,
      owner: store.calendars.get(ev.calendarId)?.acl.owner ?? '?',
      meet: Boolean(ev.conference),
    }));
}

/** Every Drive item besides the users' My Drive roots, as 'name (owner)'. */
export function driveItems(e: E2E): Array<{ name: string; owner: string }> {
  const roots = new Set([e.ws.drive.rootId, ...e.ws.drive.roots.values()]);
  return [...e.ws.drive.items.values()]
    .filter((i) => !roots.has(i.id) && !i.trashed)
    .map((i) => ({ name: i.name, owner: i.acl.owner }));
}

/** Sheet writes made by an execution whose effective user is not the office account. */
export function writesByOthers(calls: CallRecord[]): string[] {
  return calls
    .filter((c) => c.effective !== OFFICE && SHEET_WRITE.test(c.key))
    .map((c) => `${c.effective} ${c.key} ${c.sheet}`);
}
