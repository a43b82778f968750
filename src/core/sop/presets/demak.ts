/**
 * SOP 004 — Kabupaten Demak, Diskominfo: "Pengoperasian Video Conference" (Dinkominfo/4/1/88, 2022).
 * The request arrives already disposed by the leadership ("Surat Permohonan OPD, Disposisi
 * Pimpinan"), so the flow starts with the Sub Koor SPA assigning a Command Center operator, who
 * records that disposisi. Step 4's "2 Jam" of preparing the equipment end at the event's start;
 * step 5 ("Merekam … Selama Vidcon berlangsung") yields the recorded video file, step 6 the
 * minutes and photos.
 */
import type { Preset } from '../types';
import { act, cancelAction, cancelled, finished, fx, revisionStep, step } from './common';

/** The Demak preset. */
export const DEMAK: Preset = {
  id: '004-demak',
  version: 2,
  name: 'Kabupaten Demak — Pengoperasian Video Conference',
  timeZone: 'Asia/Jakarta',
  // The SOP's own steps before the event take under three hours (5+10+30+120 menit); its
  // PERINGATAN asks only that the service finish on schedule, so no day-level minimum.
  minLeadDays: 0,
  roles: [
    { id: 'subkoor', label: 'Sub Koordinator SPA' },
    { id: 'operator', label: 'Operator Command Center' },
  ],
  start: 'penugasan',
  revisionStep: 'perbaikan',
  requiredDocumentation: ['notulen', 'foto'],
  steps: [
    step('penugasan', 'Sub Koor SPA menugaskan Operator Command Center', 'subkoor', 5, 'Menunggu Penugasan Operator', [
      act('tugaskan_operator', 'Tugaskan Operator CC', 'rekap_jadwal', {
        requires: ['operator', 'documentation'],
        documents: ['disposisi'],
      }),
      cancelAction(),
    ]),
    step(
      'rekap_jadwal',
      'Merekap jadwal rencana Video Conference',
      'operator',
      10,
      'Menunggu Rekap Jadwal',
      [
        act('catat_jadwal', 'Catat di Rekap Jadwal Vidcon', 'siapkan_host', {
          checksSchedule: true,
          effects: [fx('reserve')],
        }),
        cancelAction(),
      ],
      true,
    ),
    step(
      'siapkan_host',
      'Menyiapkan Host Zoom Meeting (schedule meeting di akun Zoom; Id dan Password dishare kepada client)',
      'operator',
      30,
      'Menunggu Penyiapan Host Zoom',
      [
        act('siapkan_host', 'Jadwalkan Zoom dan Bagikan Id & Password', 'peralatan', {
          effects: [fx('create_meeting'), fx('send_link')],
        }),
      ],
    ),
    {
      ...step(
        'peralatan',
        'Menyiapkan peralatan elektronik, koneksi internet dan aplikasi (Zoom dan OBS)',
        'operator',
        120,
        'Menunggu Persiapan Peralatan',
        [act('peralatan_siap', 'Peralatan Siap', 'perekaman')],
      ),
      // "2 Jam" before the Vidcon: the equipment is ready when the event starts.
      clock: { anchor: 'event_start', offsetMinutes: -120 },
    },
    step('perekaman', 'Merekam pelaksanaan Video Conference', 'operator', null, 'Menunggu Pelaksanaan', [
      act('rekaman_selesai', 'Perekaman Selesai (Simpan File Video)', 'dokumentasi', {
        requires: ['documentation'],
        documents: ['video'],
        effects: [fx('ask_documentation')],
      }),
    ]),
    step(
      'dokumentasi',
      'Mendokumentasikan Kegiatan Vidcon (upload notulen dan foto kegiatan di aplikasi MIPP)',
      'operator',
      10,
      'Menunggu Dokumentasi',
      [
        act('unggah_dokumentasi', 'Unggah Notulen dan Foto', 'selesai', {
          requires: ['documentation'],
          effects: [fx('close')],
        }),
      ],
    ),
    finished('operator'),
    cancelled('subkoor'),
    revisionStep('penugasan'),
  ],
};
