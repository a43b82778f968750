/**
 * SOP 002 — Kota Singkawang, Diskominfo, Bidang Aplikasi dan Informatika:
 * "Video Conference / Teleconference" (000.8.3.3/16/AI-A/2023). Step 1 (surat permohonan lewat
 * SRIKANDI, 5 menit) is intake; TU records the letter's SRIKANDI number. Step 6 is done by "Subkor ILE
 * dan Tim TCMR" (either may record it). Step 7 (clash → alternatives) is split into the Subkor's
 * offer and the applicant's answer, which the Subkor records. Step 8 records the connection test
 * and sends the Surat Balasan the SOP keeps among its records ("Pencatatan dan Pendataan: Surat
 * Permohonan OPD/ASN, Surat Balasan, Data Kegiatan") with the link. Step 9's 120 menit run from
 * the event's start. The execution report closes the request.
 */
import type { Preset } from '../types';
import { act, cancelAction, cancelled, finished, fx, returnAction, revisionStep, step } from './common';

/** The Singkawang preset. */
export const SINGKAWANG: Preset = {
  id: '002-singkawang',
  version: 2,
  name: 'Kota Singkawang — Video Conference / Teleconference',
  timeZone: 'Asia/Pontianak',
  // The SOP names no minimum notice; its PERINGATAN is about wrong data and clashes, which the
  // team check (step 6) and the alternative offer (step 7) handle. So no lead-time minimum.
  minLeadDays: 0,
  roles: [
    { id: 'tu', label: 'TU' },
    { id: 'kadis', label: 'Kepala Dinas' },
    { id: 'kabid', label: 'Kabid Aptika' },
    { id: 'subkoor', label: 'Subkor ILE' },
    { id: 'tim', label: 'Tim TCMR' },
  ],
  start: 'terima_tu',
  revisionStep: 'perbaikan',
  intakeStandardMinutes: 5,
  requiredDocumentation: ['laporan'],
  steps: [
    step(
      'terima_tu',
      'TU menerima permohonan Video Conference / Teleconference dari OPD',
      'tu',
      5,
      'Menunggu Pencatatan TU',
      [act('catat', 'Catat Surat (Nomor SRIKANDI)', 'disposisi_kadis', { requires: ['srikandi_number'] })],
    ),
    step(
      'disposisi_kadis',
      'Kepala Dinas memberikan disposisi kepada Kabid Aptika untuk menindaklanjuti surat permohonan Video Conference / Teleconference di TCMR Kota Singkawang',
      'kadis',
      5,
      'Menunggu Disposisi Kepala Dinas',
      [act('disposisi', 'Disposisikan ke Kabid Aptika', 'disposisi_kabid')],
    ),
    step(
      'disposisi_kabid',
      'Kabid Aptika mendisposisikan kepada Subkor ILE untuk memproses permohonan tersebut',
      'kabid',
      30,
      'Menunggu Disposisi Kabid Aptika',
      [act('disposisi', 'Disposisikan ke Subkor ILE', 'periksa')],
    ),
    step(
      'periksa',
      'Subkor ILE memeriksa surat permohonan dan mengarahkan tim TCMR untuk mengecek kebutuhan ruangan, akses internet dan perlengkapan di TCM Room',
      'subkoor',
      30,
      'Menunggu Pemeriksaan Subkor ILE',
      [
        act('arahkan_tim', 'Arahkan Tim TCMR', 'cek_tim'),
        returnAction('kembalikan', 'Kembalikan ke Pemohon (data tidak sesuai/tidak lengkap)'),
      ],
    ),
    {
      ...step(
        'cek_tim',
        'Subkor ILE dan Tim TCMR mengecek dan memastikan Waktu Pelaksanaan, Waktu Uji Koneksi, Tempat lay out Pelaksanaan, Aplikasi Video Conference yang digunakan, Perlengkapan/Equipment',
        'subkoor',
        30,
        'Menunggu Pengecekan Tim TCMR',
        [
          act('konfirmasi', 'Konfirmasi Siap', 'persiapan', { checksSchedule: true, effects: [fx('reserve')] }),
          act('bentrok', 'Jadwal Bentrok / Koneksi Tidak Tersedia', 'info_bentrok', {
            requires: ['note'],
            negative: true,
          }),
          cancelAction(),
        ],
        true,
      ),
      alsoActors: ['tim'],
    },
    step(
      'info_bentrok',
      'Apabila waktu dan tempat pelaksanaan yang diminta bersamaan dengan acara lain atau ketidaktersediaan koneksi di tempat yang diinginkan, Subkor ILE menginformasikan keadaan tersebut kepada pengguna untuk dipertimbangkan alternatif pelaksanaannya',
      'subkoor',
      15,
      'Jadwal Bentrok',
      [
        act('tawarkan_alternatif', 'Tawarkan Waktu Alternatif', 'menunggu_pemohon', {
          requires: ['alternative'],
          effects: [fx('notify_applicant', { template: 'alternatif' })],
        }),
        cancelAction(),
      ],
    ),
    step(
      'menunggu_pemohon',
      'Subkor ILE mencatat jawaban pengguna atas alternatif pelaksanaan',
      'subkoor',
      null,
      'Menunggu Jawaban Pemohon',
      [
        act('alternatif_diterima', 'Alternatif Diterima Pemohon', 'persiapan', {
          requires: ['alternative'],
          appliesAlternative: true,
          checksSchedule: true,
          effects: [fx('reserve')],
        }),
        cancelAction('Pemohon Membatalkan'),
      ],
    ),
    step(
      'persiapan',
      'Subkor ILE menghubungi pemohon untuk membicarakan teknis persiapan dan pengujian koneksi untuk Video Conference',
      'subkoor',
      30,
      'Menunggu Persiapan dan Uji Koneksi',
      [
        act('jadwalkan_uji', 'Jadwalkan Uji Koneksi', 'pelaksanaan', {
          requires: ['test_time'],
          effects: [fx('create_meeting'), fx('sign_letter'), fx('send_letter'), fx('send_link')],
        }),
      ],
    ),
    {
      ...step(
        'pelaksanaan',
        'Pelaksanaan Video Conference didampingi operator TCM Room',
        'tim',
        120,
        'Menunggu Pelaksanaan',
        [act('selesai_pelaksanaan', 'Pelaksanaan Selesai', 'laporan', { effects: [fx('ask_documentation')] })],
      ),
      // "Pelaksanaan Video Conference … 120 menit": from the event's start, not from step 8's click.
      clock: { anchor: 'event_start', offsetMinutes: 0 },
    },
    step(
      'laporan',
      'Tim TCMR menyusun Laporan Hasil Pelaksanaan Video Conference',
      'tim',
      null,
      'Menunggu Laporan Pelaksanaan',
      [
        act('unggah_laporan', 'Unggah Laporan Hasil Pelaksanaan', 'selesai', {
          requires: ['documentation'],
          effects: [fx('make_report'), fx('close')],
        }),
      ],
    ),
    finished('tim'),
    cancelled('subkoor'),
    revisionStep('terima_tu'),
  ],
};
