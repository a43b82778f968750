/**
 * The cells of the fault matrix: for each effect the app performs, the point in
 * the Bandung walk where it happens, and how each meaningful fault is raised
 * there (stand-in fault injection, the fake Zoom server's faults, the lock model,
 * the mail quota).
 */
import type { E2E } from '../e2e/world';
import type { Fault } from '../../dev/standin';
import type { ActionInput } from '../../src/core/sop/types';
import type { FailSpec } from '../../dev/fake-zoom/server';
import { BANDUNG_WALK, failNth, TARAKAN_WALK } from './kit';
import { faultMessage } from '../../dev/standin/calls';
import type { FakeHttpHandler } from '../../dev/standin/http-types';

export const FAULTS = [
  'pengecualian',
  'batas waktu',
  'HTTP 5xx',
  '429 Retry-After',
  'kuota habis',
  'kunci tak didapat',
] as const;
export type FaultName = (typeof FAULTS)[number];

/** Where an effect happens: after `stage` steps of the walk, the next action (or a form submission). */
export interface Site {
  stage: number;
  step: { who: string; action: string; input?: ActionInput } | 'submit';
  tarakan?: boolean;
  answers?: Record<string, string>;
}

export interface Cell {
  effect: string;
  fault: FaultName;
  site: Site;
  inject(e: E2E): void;
  /** The stand-in fault key the cell raises, when it uses the fault store: it must fire at least once. */
  faultKey?: string;
}

const CANCEL = { who: 'operator', action: 'batalkan', input: { note: 'Kegiatan ditunda oleh pemohon.' } };
const RESCHEDULE = {
  who: 'operator',
  action: 'ubah_jadwal',
  input: { note: 'Pemohon minta pindah.', alternative: { date: '2026-12-02', start: '13:00', end: '14:00' } },
};
const at = (stage: number): Site => ({ stage, step: BANDUNG_WALK[stage] });
const SITES = {
  intake: { stage: 0, step: 'submit' } as Site,
  approve: at(3),
  disposisi: at(0),
  meeting: at(5),
  link: at(6),
  cancel: { stage: 7, step: CANCEL } as Site,
  reschedule: { stage: 7, step: RESCHEDULE } as Site,
  meet: { ...at(5), answers: { Platform: 'Google Meet' } } as Site,
  draft: { stage: 5, step: TARAKAN_WALK[5], tarakan: true } as Site,
  sign: { stage: 7, step: TARAKAN_WALK[7], tarakan: true } as Site,
};

/**
 * The ordinals of the intake's Range.setValues calls on a fresh workspace: the first submission
 * first snapshots the active preset's version (its sheet's header, then the version row), then
 * commits the request: Register row, its Indeks entry, its Riwayat rows.
 */
const INTAKE_WRITES = { register: 3, index: 4, history: 5 };

const standin: Record<string, Fault['kind']> = {
  pengecualian: 'throw',
  'batas waktu': 'timeout',
  'kuota habis': 'quota',
};
const zoomKind: Partial<Record<FaultName, FailSpec['kind']>> = {
  pengecualian: 'network',
  'batas waktu': 'timeout',
  'HTTP 5xx': '5xx',
  '429 Retry-After': '429',
};
/** The fault key of the engine's calls to Zoom (UrlFetchApp.fetch to zoom.us / api.zoom.us only). */
const ZOOM_FETCH = 'UrlFetchApp.fetch (Zoom)';

/**
 * The next `times` UrlFetchApp calls to Zoom fail as an exhausted UrlFetch quota does. A fault on
 * 'UrlFetchApp.fetch' itself would hit the panel's call to the engine and the engine's token check
 * first (faults are global to the workspace); this one is raised only where Zoom is called, and
 * `ws.faults.clear()` lifts it like any other.
 */
function exhaustFetchQuotaAtZoom(e: E2E, times: number): void {
  const store = e.ws.ctx.faults;
  const guarded =
    (handler: FakeHttpHandler): FakeHttpHandler =>
    (req) => {
      if (store.peekKind(ZOOM_FETCH)) throw e.ws.ctx.fail(faultMessage('UrlFetchApp.fetch', store.take(ZOOM_FETCH)!));
      return handler(req);
    };
  e.ws.http.register('https://zoom.us/oauth/', guarded(e.zoom.handler));
  e.ws.http.register('https://api.zoom.us/v2/', guarded(e.zoom.handler));
  e.ws.faults.inject(ZOOM_FETCH, { kind: 'quota', times });
}

/** Attempts the Zoom client makes in one action before it gives up (so the effect stays pending). */
const ZOOM_ATTEMPTS = 5;

function standinCells(effect: string, site: Site, key: string, nth = 1, times = 1): Cell[] {
  return (['pengecualian', 'batas waktu', 'kuota habis'] as FaultName[]).map((fault) => ({
    effect,
    fault,
    site,
    faultKey: key,
    inject: (e) =>
      nth > 1
        ? failNth(e, key, nth, { kind: standin[fault] } as Fault)
        : e.ws.faults.inject(key, { kind: standin[fault], times } as Fault),
  }));
}

function zoomCells(
  effect: string,
  site: Site,
  on: FailSpec['on'],
  opts: { afterCommit?: boolean; quota?: boolean } = {},
): Cell[] {
  const cells: Cell[] = (Object.keys(zoomKind) as FaultName[]).map((fault) => ({
    effect,
    fault,
    site,
    inject: (e) =>
      e.zoom.fail({
        on,
        kind: zoomKind[fault]!,
        times: opts.afterCommit ? 1 : ZOOM_ATTEMPTS,
        afterCommit: opts.afterCommit,
      }),
  }));
  if (!opts.quota) return cells;
  return [
    ...cells,
    {
      effect,
      fault: 'kuota habis',
      site,
      faultKey: ZOOM_FETCH,
      inject: (e) => exhaustFetchQuotaAtZoom(e, ZOOM_ATTEMPTS),
    },
  ];
}

/** Every meaningful (effect × fault) pair. */
export function allCells(): Cell[] {
  return [
    ...standinCells('Register: baris baru (formulir)', SITES.intake, 'Range.setValues', INTAKE_WRITES.register),
    {
      effect: 'Register: baris baru (formulir)',
      fault: 'kunci tak didapat',
      site: SITES.intake,
      inject: (e) => e.locks.holdBy('eksekusi-lain', 10 * 60 * 1000),
    },
    ...standinCells('Register: tulis baris (tindakan)', SITES.approve, 'Range.setValues'),
    ...standinCells('Register: catat hasil efek (tindakan)', SITES.approve, 'Range.setValues', 5),
    ...standinCells('Indeks: catat hasil efek (tindakan)', SITES.approve, 'Range.setValues', 6),
    ...standinCells('Riwayat: catat hasil efek (tindakan)', SITES.approve, 'Range.setValues', 4),
    ...standinCells('Register: tulis baris (rapat dibuat)', SITES.meeting, 'Range.setValues'),
    ...standinCells('Indeks: tulis entri (tindakan)', SITES.approve, 'Range.setValues', 2),
    ...standinCells('Riwayat: tambah', SITES.approve, 'Range.setValues', 3),
    ...standinCells('Indeks: entri baru (formulir)', SITES.intake, 'Range.setValues', INTAKE_WRITES.index),
    ...standinCells('Riwayat: tambah (formulir)', SITES.intake, 'Range.setValues', INTAKE_WRITES.history),
    ...standinCells('Register: tulis baris (batalkan)', SITES.cancel, 'Range.setValues'),
    ...standinCells('Riwayat: tambah (batalkan)', SITES.cancel, 'Range.setValues', 3),
    ...standinCells('Register: tulis baris (ubah jadwal)', SITES.reschedule, 'Range.setValues'),
    ...standinCells('Riwayat: tambah (ubah jadwal)', SITES.reschedule, 'Range.setValues', 3),
    {
      effect: 'Kunci skrip (tindakan)',
      fault: 'kunci tak didapat',
      site: SITES.disposisi,
      faultKey: 'Lock.tryLock',
      inject: (e) => e.ws.faults.inject('Lock.tryLock', { kind: 'lockTimeout', times: 1 }),
    },
    {
      effect: 'Kunci skrip (tindakan)',
      fault: 'kunci tak didapat',
      site: SITES.disposisi,
      inject: (e) => e.locks.holdBy('eksekusi-lain', 60 * 1000),
    },
    ...standinCells('Kalender: pesan', SITES.approve, 'Calendar.Events.insert'),
    ...standinCells('Kalender: baca jadwal', SITES.approve, 'Calendar.Events.list'),
    ...standinCells('Kalender: hapus', SITES.cancel, 'Calendar.Events.remove'),
    ...zoomCells('Zoom: token', SITES.meeting, 'token', { quota: true }),
    ...zoomCells('Zoom: buat rapat', SITES.meeting, 'create', { quota: true }),
    ...zoomCells('Zoom: buat (jawaban hilang)', SITES.meeting, 'create', { afterCommit: true }),
    ...zoomCells('Zoom: hapus rapat', SITES.cancel, 'delete', { quota: true }),
    ...standinCells('Meet: buat tautan', SITES.meet, 'Calendar.Events.insert'),
    ...standinCells('Docs: salin templat (draf)', SITES.draft, 'Drive.Files.copy'),
    ...standinCells('Docs: isi surat', SITES.draft, 'Body.replaceText'),
    ...standinCells('Docs: PDF', SITES.sign, 'Document.getAs'),
    ...standinCells('Drive: simpan PDF', SITES.sign, 'Drive.Files.create'),
    ...standinCells('Surat: catat nomor', SITES.sign, 'Range.setValues', 4),
    ...standinCells('Register: tulis baris (surat)', SITES.sign, 'Range.setValues', 6),
    ...standinCells('Email: kirim surat + PDF', SITES.sign, 'MailApp.sendEmail', 1, 3),
    ...standinCells('Email: kirim', SITES.link, 'MailApp.sendEmail', 1, 2),
    // The click writes six times (decision: row, index entry, Riwayat; outcome: Riwayat, row, index entry); the seventh is the hourly run's.
    ...standinCells('Pemicu per jam: tulis Register', SITES.link, 'Range.setValues', 7).map((c) => ({
      ...c,
      inject: (e: E2E) => {
        e.ws.mail.used = e.ws.mail.dailyQuota;
        c.inject(e);
      },
    })),
    {
      effect: 'Email: kirim',
      fault: 'kuota habis',
      site: SITES.link,
      inject: (e) => {
        e.ws.mail.used = e.ws.mail.dailyQuota;
      },
    },
  ];
}
