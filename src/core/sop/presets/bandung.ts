/**
 * SOP 000 — Kota Bandung, Diskominfo, Seksi Pengelolaan Informasi Publik:
 * "Pengajuan Pembuatan Link Zoom Meeting" (TL.02/092.2-DISKOMINFO/II/2024).
 * Step 1 (the applicant's written request, 5 menit) is intake; steps 2–9 follow.
 */
import type { Preset } from '../types';
import { act, cancelAction, cancelled, finished, fx, revisionStep, step, terminal } from './common';

/**
 * "Ubah jadwal": the applicant asks to move the event after the meeting exists. The new time is
 * checked and booked, the old reservations released, the Zoom meeting moved, and the request goes
 * back to "kirim tautan" so the operator sends the (same) link with the new time.
 */
function rescheduleAction() {
  return act('ubah_jadwal', 'Ubah Jadwal (permintaan pemohon)', 'kirim_tautan', {
    requires: ['alternative', 'note'],
    appliesAlternative: true,
    checksSchedule: true,
    effects: [fx('release'), fx('reserve'), fx('update_meeting')],
  });
}

/** The Bandung preset. */
export const BANDUNG: Preset = {
  id: '000-bandung',
  version: 2,
  name: 'Kota Bandung — Pengajuan Pembuatan Link Zoom Meeting',
  timeZone: 'Asia/Jakarta',
  // Step 8 sends the link "paling lambat 1 hari sebelum" the event, so a request needs at least H-1;
  // one sent exactly at H-1 gets the SOP's own PERINGATAN, one sent later a stronger warning.
  minLeadDays: 1,
  leadWarning:
    'Jika permohonan dikirim sehari sebelum kegiatan, ada kemungkinan link zoom tidak akan diproses dikarenakan akun zoom sudah terpakai atau sebab lainnya.',
  roles: [
    { id: 'kadis', label: 'Kepala Dinas' },
    { id: 'kabid', label: 'Kabid Diseminasi' },
    { id: 'subkoor', label: 'Subkoor PKIP' },
    { id: 'operator', label: 'Operator' },
  ],
  start: 'disposisi_kadis',
  revisionStep: 'perbaikan',
  intakeStandardMinutes: 5,
  requiredDocumentation: [],
  steps: [
    step(
      'disposisi_kadis',
      'Kepala Dinas menerima surat permohonan dari Instansi/pemohon dan mendisposisikan kepada kepala bidang',
      'kadis',
      5,
      'Menunggu Disposisi Kepala Dinas',
      [act('disposisi', 'Disposisikan ke Kepala Bidang', 'disposisi_kabid')],
    ),
    step(
      'disposisi_kabid',
      'Kepala Bidang menerima surat permohonan dari Kepala Dinas dan mendisposisikan kepada Subkoor',
      'kabid',
      5,
      'Menunggu Disposisi Kepala Bidang',
      [act('disposisi', 'Disposisikan ke Subkoor', 'terima_subkoor')],
    ),
    step(
      'terima_subkoor',
      'Subkoor menerima surat permohonan dari kepala bidang',
      'subkoor',
      5,
      'Menunggu Penerimaan Subkoor',
      [act('terima', 'Terima Surat Permohonan', 'izin_subkoor')],
    ),
    step(
      'izin_subkoor',
      'Subkoor memberi izin atau tidak untuk pembuatan link zoom meeting dan pendampingan giat zoom oleh operator',
      'subkoor',
      5,
      'Menunggu Izin Subkoor',
      [
        act('setujui', 'Izinkan', 'tunjuk_operator', { checksSchedule: true, effects: [fx('reserve')] }),
        act('tolak', 'Tidak Diizinkan', 'ditolak', {
          requires: ['note'],
          negative: true,
          effects: [fx('notify_applicant', { template: 'ditolak' })],
        }),
        cancelAction(),
      ],
      true,
    ),
    step(
      'tunjuk_operator',
      'Subkoor menunjuk operator untuk membuat link zoom meeting',
      'subkoor',
      5,
      'Menunggu Penunjukan Operator',
      [
        act('tugaskan_operator', 'Tunjuk Operator', 'buat_rapat', {
          requires: ['operator'],
          checksSchedule: true,
          effects: [fx('reserve')],
        }),
        cancelAction(),
      ],
    ),
    step(
      'buat_rapat',
      'Operator membuat link zoom meeting dan membuat agenda zoom',
      'operator',
      5,
      'Menunggu Pembuatan Link Zoom',
      [
        act('buat_rapat', 'Buat Link dan Agenda Zoom', 'kirim_tautan', { effects: [fx('create_meeting')] }),
        cancelAction(),
      ],
    ),
    {
      ...step(
        'kirim_tautan',
        'Operator mengirimkan link zoom meeting melalui email atau nomor WhatsApp (WA) yang telah tercantum, paling lambat 1 hari sebelum jadwal pelaksanaan giat zoom',
        'operator',
        5,
        'Menunggu Pengiriman Link',
        [
          act('kirim_tautan', 'Kirim Link ke Pemohon', 'pendampingan', { effects: [fx('send_link')] }),
          rescheduleAction(),
          cancelAction(),
        ],
      ),
      // A deadline of its own: "paling lambat 1 hari sebelum jadwal pelaksanaan giat zoom".
      deadline: { daysBeforeEvent: 1, label: 'Link terkirim paling lambat H-1' },
    },
    step(
      'pendampingan',
      'Operator mendampingi instansi/pemohon untuk pelaksanaan giat zoom yang sudah diagendakan',
      'operator',
      null,
      'Menunggu Pelaksanaan',
      [act('selesai', 'Selesai', 'selesai', { effects: [fx('close')] }), rescheduleAction(), cancelAction()],
    ),
    finished('operator'),
    terminal('ditolak', 'Permohonan tidak diizinkan', 'Ditolak', 'subkoor'),
    cancelled('subkoor'),
    revisionStep('disposisi_kadis'),
  ],
};
