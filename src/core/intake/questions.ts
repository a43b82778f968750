/**
 * The FPVC form's questions. One table shared by the form builder (io/form.ts)
 * and the parser (parse.ts), so a title is written in exactly one place.
 */
import type { RequestFields } from '../request';

/** How a question is asked on the Google Form. */
export type QuestionKind = 'text' | 'paragraph' | 'date' | 'time' | 'choice' | 'email';

/** One question of the FPVC. */
export interface Question {
  field: keyof RequestFields;
  title: string;
  kind: QuestionKind;
  required: boolean;
  help?: string;
  choices?: string[];
  /** Asked by the form's own "collect email" setting rather than as a question. */
  collectedByForm?: boolean;
}

export const YES = 'Ya';
export const NO = 'Tidak';
export const PLATFORM_CHOICES = ['Zoom', 'Google Meet', 'Lainnya'];

/** The FPVC questions in form order. */
export const QUESTIONS: Question[] = [
  { field: 'applicantName', title: 'Nama pemohon', kind: 'text', required: true },
  { field: 'agency', title: 'Instansi/OPD', kind: 'text', required: true },
  { field: 'position', title: 'Jabatan', kind: 'text', required: true },
  { field: 'email', title: 'Email', kind: 'email', required: true, collectedByForm: true },
  {
    field: 'phone',
    title: 'Nomor WhatsApp',
    kind: 'text',
    required: true,
    help: 'Contoh: 0812xxxxxxx atau +62812xxxxxxx',
  },
  { field: 'letterNumber', title: 'Nomor surat permohonan', kind: 'text', required: true },
  { field: 'letterDate', title: 'Tanggal surat permohonan', kind: 'date', required: true },
  { field: 'title', title: 'Judul kegiatan', kind: 'text', required: true },
  { field: 'eventDate', title: 'Tanggal kegiatan', kind: 'date', required: true },
  { field: 'startTime', title: 'Jam mulai', kind: 'time', required: true },
  { field: 'endTime', title: 'Jam selesai', kind: 'time', required: true },
  { field: 'platform', title: 'Platform', kind: 'choice', required: true, choices: PLATFORM_CHOICES },
  { field: 'participants', title: 'Perkiraan jumlah peserta', kind: 'text', required: true },
  { field: 'needsRoom', title: 'Perlu ruang rapat', kind: 'choice', required: true, choices: [YES, NO] },
  { field: 'needsOperator', title: 'Perlu pendampingan operator', kind: 'choice', required: true, choices: [YES, NO] },
  { field: 'needsRecording', title: 'Perlu rekaman', kind: 'choice', required: true, choices: [YES, NO] },
  { field: 'notes', title: 'Keterangan', kind: 'paragraph', required: false },
];
