/**
 * SOP 001 — Kota Tarakan, Dinas Komunikasi, Informatika, Statistik dan Persandian, Bidang Aplikasi
 * dan Informatika: "Layanan Video Conference (Zoom Meeting)". Step 1 (Kepala OPD mengirimkan surat,
 * setiap saat) is intake; step 10 (OPD menerima surat tanggapan) is the end.
 */
import type { Preset } from '../types';
import { act, cancelAction, cancelled, finished, fx, revisionStep, step, terminal } from './common';

/** The Tarakan preset. */
export const TARAKAN: Preset = {
  id: '001-tarakan',
  version: 2,
  name: 'Kota Tarakan — Layanan Video Conference (Zoom Meeting)',
  timeZone: 'Asia/Makassar',
  // The SOP sets no lead time: every step but two is "setiap saat" and a full schedule is simply
  // reported back. A 0-day minimum leaves the judgement to the Subkoordinator's schedule check.
  // The link reaches the OPD with the Kadis's Surat Tanggapan (step 9), never before it; the request
  // is Selesai only once that letter is signed and sent (app/effects.ts holds the close until then).
  minLeadDays: 0,
  roles: [
    { id: 'kadis', label: 'Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian' },
    { id: 'kabid', label: 'Kepala Bidang Aplikasi dan Informatika' },
    { id: 'subkoor', label: 'Sub Koordinator Seksi Pengelolaan e-Government' },
    { id: 'staf', label: 'Staf' },
  ],
  start: 'disposisi_kadis',
  revisionStep: 'perbaikan',
  requiredDocumentation: [],
  steps: [
    step(
      'disposisi_kadis',
      'Kepala Dinas mendisposisi permohonan kepada Kepala Bidang',
      'kadis',
      null,
      'Menunggu Disposisi Kepala Dinas',
      [act('disposisi', 'Disposisikan ke Kepala Bidang', 'disposisi_kabid')],
    ),
    step(
      'disposisi_kabid',
      'Kepala Bidang mendisposisi permohonan kepada Subkoordinator',
      'kabid',
      null,
      'Menunggu Disposisi Kepala Bidang',
      [act('disposisi', 'Disposisikan ke Subkoordinator', 'cek_jadwal')],
    ),
    step(
      'cek_jadwal',
      'Subkoordinator mengecek jadwal; jika kosong mendisposisi surat ke staf untuk dibuatkan ID Meeting dan Password (Zoom Meeting), jika penuh langsung menginformasikan kepada OPD Pemohon',
      'subkoor',
      null,
      'Menunggu Pengecekan Jadwal',
      [
        act('jadwal_kosong', 'Jadwal Kosong — Disposisi ke Staf', 'buat_id', {
          checksSchedule: true,
          effects: [fx('reserve')],
        }),
        act('jadwal_penuh', 'Jadwal Penuh — Informasikan ke OPD Pemohon', 'penuh', {
          requires: ['note'],
          negative: true,
          effects: [fx('notify_applicant', { template: 'jadwal_penuh' })],
        }),
        cancelAction(),
      ],
      true,
    ),
    step(
      'buat_id',
      'Staf membuat jadwal Zoom Meeting sesuai permohonan OPD',
      'staf',
      15,
      'Menunggu Pembuatan ID Meeting',
      [act('buat_rapat', 'Buat ID Meeting dan Password', 'lapor_staf', { effects: [fx('create_meeting')] })],
    ),
    step(
      'lapor_staf',
      'Staf melaporkan ID Meeting dan Password / Link Zoom Meeting ke Subkoordinator seksi',
      'staf',
      null,
      'Menunggu Laporan Staf',
      [act('laporkan', 'Laporkan ke Subkoordinator', 'draf_surat')],
    ),
    step(
      'draf_surat',
      'Subkoordinator membuat draft surat tanggapan atas permohonan fasilitasi layanan Zoom Meeting dan menginformasikan ID Meeting dan Password / Link Zoom Meeting kepada Kabid',
      'subkoor',
      null,
      'Menunggu Draf Surat Tanggapan',
      [act('buat_draf', 'Buat Draf Surat Tanggapan', 'telaah_kabid', { effects: [fx('draft_letter')] })],
    ),
    {
      ...step(
        'telaah_kabid',
        'Kabid melaporkan draft surat tanggapan dan Link Zoom Meeting kepada Kadis',
        'kabid',
        null,
        'Menunggu Telaah Kepala Bidang',
        [
          act('teruskan', 'Teruskan ke Kepala Dinas', 'kirim_surat'),
          act('kembalikan_draf', 'Kembalikan Draf ke Subkoordinator', 'draf_surat', {
            requires: ['note'],
            negative: true,
          }),
        ],
      ),
      // Mutu Baku "1 hari": one working day of the office, not 1,440 wall-clock minutes.
      standardDays: 1,
    },
    step(
      'kirim_surat',
      'Kadis mengirimkan Surat Tanggapan atas Permohonan Fasilitasi Layanan Zoom Meeting kepada OPD pemohon',
      'kadis',
      null,
      'Menunggu Tanda Tangan Kepala Dinas',
      [
        act('kirim_surat', 'Tandatangani dan Kirim Surat Tanggapan', 'selesai', {
          effects: [fx('sign_letter'), fx('send_letter'), fx('send_link'), fx('close')],
        }),
      ],
    ),
    finished('kadis'),
    terminal('penuh', 'Jadwal penuh; OPD pemohon diinformasikan langsung', 'Jadwal Penuh', 'subkoor'),
    cancelled('subkoor'),
    revisionStep('disposisi_kadis'),
  ],
};
