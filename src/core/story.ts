/**
 * A request's history told as short Indonesian sentences: for officials (who did what, in plain
 * words, never an action id or the SOP text repeated) and for the applicant (what happened to their
 * request, without names, notes of officials, or anything about other requests). Pure.
 */
import type { HistoryRecord } from './history';
import { APPLICANT_ROLE, type Preset, type StepDef } from './sop/types';
import { roleLabel } from './users';

/** What an action did, as the rest of a sentence after its actor ("mendisposisikan ke …"). */
const VERBS: Record<string, (to: string) => string> = {
  disposisi: (to) => `mendisposisikan permohonan ke ${to}`,
  terima: () => 'menerima surat permohonan',
  catat: () => 'mencatat surat dan nomor SRIKANDI',
  verifikasi: () => 'memverifikasi permohonan',
  periksa: () => 'memeriksa permohonan',
  arahkan_tim: (to) => `mengarahkan ${to} memeriksa kesiapan`,
  setujui: () => 'menyetujui permohonan',
  jadwal_kosong: () => 'memastikan jadwal kosong',
  konfirmasi: () => 'memastikan kesiapan dan jadwal',
  tolak: () => 'tidak menyetujui permohonan',
  kembalikan: () => 'mengembalikan permohonan kepada pemohon untuk diperbaiki',
  tolak_tanda_tangan: () => 'mengembalikan permohonan kepada pemohon untuk diperbaiki',
  batalkan: () => 'membatalkan permohonan',
  tugaskan_operator: () => 'menunjuk operator',
  buat_rapat: () => 'membuat tautan rapat',
  buat_link: () => 'membuat dan mengirim tautan rapat',
  kirim_tautan: () => 'mengirim tautan rapat kepada pemohon',
  tawarkan_alternatif: () => 'menawarkan waktu lain kepada pemohon',
  alternatif_diterima: () => 'mencatat waktu pengganti yang disepakati',
  ubah_jadwal: () => 'mengubah jadwal kegiatan',
  jadwal_penuh: () => 'memberitahukan bahwa jadwal penuh',
  bentrok: () => 'mencatat jadwal bentrok',
  selesai: () => 'menandai kegiatan selesai',
  selesai_pelaksanaan: () => 'menandai pelaksanaan selesai',
  ajukan_ulang: () => 'mengirim perbaikan permohonan',
  tidak_terlaksana: () => 'menutup permohonan sebagai tidak terlaksana',
  buka_kembali: () => 'membuka kembali permohonan',
  lengkapi_email: () => 'melengkapi email pemohon dari surat',
};

function stepOf(preset: Preset | null, id: string): StepDef | undefined {
  return preset?.steps.find((s) => s.id === id);
}

function actionLabel(preset: Preset | null, h: HistoryRecord): string {
  const from = stepOf(preset, h.fromStep);
  const own = from?.actions.find((a) => a.id === h.action)?.label;
  return own ?? h.action.replace(/_/g, ' ');
}

function sentence(text: string): string {
  const t = text.trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The role label of the step `h` moved to ('' when it is the applicant's or unknown). */
function targetRole(preset: Preset | null, h: HistoryRecord): string {
  const to = stepOf(preset, h.toStep);
  return preset && to && to.actor !== APPLICANT_ROLE ? roleLabel(preset, to.actor) : 'tahap berikutnya';
}

/** One history entry for officials: "Budi mendisposisikan permohonan ke Kepala Bidang." */
export function officialLine(h: HistoryRecord, preset: Preset | null): string {
  if (h.kind === 'masuk')
    return h.action === 'surat dicatat'
      ? sentence(`Surat dicatat oleh ${h.actorLabel}`)
      : 'Permohonan masuk lewat formulir.';
  if (h.kind === 'aksi') {
    const verb = VERBS[h.action]?.(targetRole(preset, h)) ?? `menjalankan "${actionLabel(preset, h)}"`;
    return sentence(`${h.actorLabel || 'Seseorang'} ${verb}`);
  }
  return sentence(`Sistem: ${h.action ? `${h.action}, ` : ''}${h.note}`);
}

/** The status the request moved to with `h`, for officials ('' when it did not move). */
export function movedTo(h: HistoryRecord, preset: Preset | null): string {
  if (h.kind !== 'aksi' || h.fromStep === h.toStep) return '';
  return stepOf(preset, h.toStep)?.status ?? '';
}

/** What happened, for the applicant, by where the request went. */
function applicantMove(h: HistoryRecord, preset: Preset, from: StepDef | undefined, to: StepDef): string {
  if (h.action === 'tawarkan_alternatif') return 'Kami menawarkan waktu lain kepada Anda.';
  if (h.action === 'ajukan_ulang') return 'Perbaikan Anda kami terima dan diproses kembali.';
  if (h.action === 'lengkapi_email') return 'Surat Anda kami catat dan diproses.';
  if (h.action === 'buka_kembali') return 'Permohonan dibuka kembali dan diproses lagi.';
  if (to.id === preset.revisionStep) return 'Permohonan dikembalikan kepada Anda untuk diperbaiki.';
  if (to.terminal) return `Status akhir: ${to.status}.`;
  const approval = from?.decidesSchedule === true && from.actions.some((a) => a.id === h.action && a.checksSchedule);
  if (approval) return 'Permohonan disetujui; jadwal sudah dipesan.';
  if (from?.actions.some((a) => a.id === h.action && a.appliesAlternative))
    return 'Waktu kegiatan yang baru disepakati.';
  const who = from && from.actor !== APPLICANT_ROLE ? roleLabel(preset, from.actor) : 'petugas';
  return `Diproses oleh ${who}.`;
}

/** One history entry for the applicant, or null when it is not theirs to see (effects, system notes). */
export function applicantLine(h: HistoryRecord, preset: Preset): string | null {
  if (h.kind === 'masuk') return 'Permohonan diterima.';
  if (h.kind === 'efek') return linkSentIn([h]) ? 'Tautan rapat dikirim kepada Anda.' : null;
  if (h.kind !== 'aksi') return null;
  const to = stepOf(preset, h.toStep);
  if (!to) return null;
  return applicantMove(h, preset, stepOf(preset, h.fromStep), to);
}

/** True when the meeting's access reached the applicant (the link mail, or the letter carrying it). */
export function linkSentIn(history: HistoryRecord[]): boolean {
  return history.some((h) => h.kind === 'efek' && /:(send_link|send_letter)/.test(h.key) && /terkirim/.test(h.note));
}
