/**
 * Singkawang's execution report (Laporan Hasil Pelaksanaan Video Conference):
 * the default template text and the fields that fill it. Pure; dates from our
 * own Indonesian tables.
 */
import { formatDate, formatLongDate, formatTimeRange } from './indonesian';
import { localDate, type OfficeZone } from './dates';
import { PLATFORM_LABELS, type VcRequest } from './request';

export const REPORT_TEMPLATE_NAME = 'Templat Laporan Pelaksanaan Video Conference';

/** The default template; an office may edit the Doc created from it. */
export const DEFAULT_REPORT_TEMPLATE = [
  '{{nama_kantor}}',
  'LAPORAN HASIL PELAKSANAAN VIDEO CONFERENCE',
  'Nomor permohonan: {{nomor_permohonan}}',
  '',
  'Kegiatan: {{nama_kegiatan}}',
  'Instansi/OPD pemohon: {{instansi}}',
  'Hari, tanggal: {{tanggal_kegiatan}}',
  'Waktu: {{jam}}',
  'Aplikasi: {{platform}}',
  'Ruang: {{ruang}}',
  'Operator pendamping: {{operator}}',
  '',
  'Hasil pelaksanaan:',
  '{{laporan}}',
  '',
  'Jumlah peserta: {{jumlah_peserta}}',
  'Kendala: {{kendala}}',
  'Notulen: {{notulen}}',
  'Dokumentasi foto: {{foto}}',
  '',
  'Disusun pada {{tanggal_laporan}} oleh {{penyusun}}.',
].join('\n');

/** The fields of the report for `r`, from the documentation the team entered (params doc_<name>). */
export function reportFields(
  r: VcRequest,
  officeName: string,
  docs: Readonly<Record<string, string>>,
  author: string,
  now: Date,
  tz: OfficeZone,
): Record<string, string> {
  const doc = (k: string) => (docs[`doc_${k}`] ?? '').trim() || '-';
  return {
    nama_kantor: officeName,
    nomor_permohonan: r.id,
    nama_kegiatan: r.title,
    instansi: r.agency,
    tanggal_kegiatan: r.eventDate ? formatLongDate(r.eventDate) : '-',
    jam: r.startTime && r.endTime ? formatTimeRange(r.startTime, r.endTime, tz) : '-',
    platform: r.platform ? PLATFORM_LABELS[r.platform] : '-',
    ruang: r.room || '-',
    operator: r.operator || '-',
    laporan: doc('laporan'),
    jumlah_peserta: doc('jumlahPeserta'),
    kendala: doc('kendala'),
    notulen: doc('notulen'),
    foto: doc('foto'),
    tanggal_laporan: formatDate(localDate(now, tz)),
    penyusun: author || '-',
  };
}
