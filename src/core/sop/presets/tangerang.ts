/**
 * SOP 003 — Kota Tangerang, Diskominfo, Bidang Sarana dan Prasarana TIK dan Persandian:
 * "Permintaan Layanan Video Conference". Step 1 (pemohon mengisi FPVC, 3 menit) is intake itself;
 * "bila tidak ditandatangani, dilanjutkan ke nomor 1" sends the request back to the applicant.
 * Total Mutu Baku 7 menit = 3 (intake) + 2 (verifikasi) + 2 (persetujuan).
 */
import type { Preset } from '../types';
import { act, cancelAction, cancelled, finished, fx, returnAction, revisionStep, step } from './common';

/** The Tangerang preset. */
export const TANGERANG: Preset = {
  id: '003-tangerang',
  version: 2,
  name: 'Kota Tangerang — Permintaan Layanan Video Conference',
  timeZone: 'Asia/Jakarta',
  // The SOP is a 7-minute desk procedure with no notice period; link creation "tergantung situasi".
  minLeadDays: 0,
  roles: [
    { id: 'staf', label: 'Staf Seksi IIDC' },
    { id: 'subkoor', label: 'Sub Koordinator Infrastruktur Internet dan Data Center' },
  ],
  start: 'verifikasi',
  revisionStep: 'perbaikan',
  intakeStandardMinutes: 3,
  requiredDocumentation: [],
  steps: [
    step(
      'verifikasi',
      'Menerima FPVC dan/atau surat resmi, dan melakukan verifikasi',
      'staf',
      2,
      'Menunggu Verifikasi',
      [
        act('verifikasi', 'Terverifikasi — Teruskan ke Subkoordinator', 'persetujuan'),
        returnAction('kembalikan', 'Kembalikan ke Pemohon'),
      ],
    ),
    step(
      'persetujuan',
      'Memberi persetujuan atas permintaan (FPVC disetujui/tidak dengan tanda tangan)',
      'subkoor',
      2,
      'Menunggu Persetujuan',
      [
        act('setujui', 'Setujui (Tandatangani FPVC)', 'buat_link', { checksSchedule: true, effects: [fx('reserve')] }),
        returnAction('tolak_tanda_tangan', 'Tidak Disetujui — Kembali ke Pemohon'),
        cancelAction(),
      ],
      true,
    ),
    step(
      'buat_link',
      'Membuat link jadwal video conference untuk User sesuai permintaan',
      'staf',
      null,
      'Menunggu Pembuatan Link',
      [
        act('buat_link', 'Buat dan Kirim Link', 'selesai', {
          effects: [fx('create_meeting'), fx('send_link'), fx('close')],
        }),
      ],
    ),
    finished('staf'),
    cancelled('subkoor'),
    revisionStep('verifikasi'),
  ],
};
