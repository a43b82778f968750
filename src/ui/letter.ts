/**
 * Pure rules for the paper / SRIKANDI letter entry form: the fields with their
 * Indonesian labels, the form → LetterRequestDto mapping, and client-side checks.
 * The server validates again; these checks only catch what a person can fix now.
 */

import { FIELD_MAX_CHARS, LETTER_NUMBER_FIELDS, LETTER_REQUIRED_FIELDS, type LetterRequestDto } from '../shared/rpc';
import { isEmail } from '../core/email';

/** Names of the LetterRequestDto fields. */
export type LetterField = keyof LetterRequestDto;

/** One input of the letter form. */
export interface LetterFieldDef {
  name: LetterField;
  label: string;
  kind: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number' | 'select' | 'checkbox' | 'textarea';
  required?: boolean;
  options?: string[];
  autocomplete?: string;
  hint?: string;
}

/** The platforms an applicant may ask for, as LetterRequestDto.platform values. */
export const PLATFORMS = ['Zoom', 'Google Meet', 'Lainnya'];

/** The form's fields in display order, grouped by `section` headings in the view (required: see below). */
const SECTIONS: ReadonlyArray<{ title: string; fields: LetterFieldDef[] }> = [
  {
    title: 'Pemohon',
    fields: [
      { name: 'applicantName', label: 'Nama pemohon', kind: 'text', autocomplete: 'off' },
      { name: 'agency', label: 'Instansi/OPD', kind: 'text' },
      { name: 'position', label: 'Jabatan', kind: 'text' },
      {
        name: 'email',
        label: 'Email',
        kind: 'email',
        autocomplete: 'off',
        hint: 'Bila surat tidak mencantumkan email, kosongkan: TU melengkapinya nanti.',
      },
      { name: 'phone', label: 'Nomor WhatsApp', kind: 'tel', hint: 'Contoh: 0812 3456 7890' },
    ],
  },
  {
    title: 'Surat',
    fields: [
      { name: 'letterNumber', label: 'Nomor surat', kind: 'text' },
      { name: 'letterDate', label: 'Tanggal surat', kind: 'date' },
      { name: 'srikandiNumber', label: 'Nomor SRIKANDI', kind: 'text' },
    ],
  },
  {
    title: 'Kegiatan',
    fields: [
      { name: 'title', label: 'Judul kegiatan', kind: 'text' },
      { name: 'eventDate', label: 'Tanggal kegiatan', kind: 'date' },
      { name: 'startTime', label: 'Jam mulai', kind: 'time' },
      { name: 'endTime', label: 'Jam selesai', kind: 'time' },
      { name: 'platform', label: 'Platform', kind: 'select', options: PLATFORMS },
      { name: 'participants', label: 'Perkiraan jumlah peserta', kind: 'number' },
      { name: 'needsRoom', label: 'Perlu ruang rapat', kind: 'checkbox' },
      { name: 'needsOperator', label: 'Perlu pendampingan operator', kind: 'checkbox' },
      { name: 'needsRecording', label: 'Perlu rekaman', kind: 'checkbox' },
      { name: 'notes', label: 'Keterangan', kind: 'textarea' },
    ],
  },
];

const isRequired = (name: LetterField): boolean => (LETTER_REQUIRED_FIELDS as readonly string[]).includes(name);

/**
 * The form's fields in display order, grouped by `section` headings in the view. A field is marked
 * required exactly when the server requires it of a letter (LETTER_REQUIRED_FIELDS, one declaration).
 */
export const LETTER_SECTIONS: ReadonlyArray<{ title: string; fields: LetterFieldDef[] }> = SECTIONS.map((s) => ({
  title: s.title,
  fields: s.fields.map((f) => (isRequired(f.name) ? { ...f, required: true } : f)),
}));

/** Raw values as read from the form controls (strings; checkboxes as booleans). */
export type LetterFormValues = Partial<Record<LetterField, string | boolean>>;

function text(values: LetterFormValues, name: LetterField): string {
  const v = values[name];
  return typeof v === 'string' ? v.trim() : '';
}

/** Maps raw form values to a LetterRequestDto: strings trimmed, missing text '', checkboxes true only when true. */
export function toLetterRequest(values: LetterFormValues): LetterRequestDto {
  const flag = (name: LetterField): boolean => values[name] === true;
  return {
    applicantName: text(values, 'applicantName'),
    agency: text(values, 'agency'),
    position: text(values, 'position'),
    email: text(values, 'email'),
    phone: text(values, 'phone'),
    letterNumber: text(values, 'letterNumber'),
    letterDate: text(values, 'letterDate'),
    srikandiNumber: text(values, 'srikandiNumber'),
    title: text(values, 'title'),
    eventDate: text(values, 'eventDate'),
    startTime: text(values, 'startTime'),
    endTime: text(values, 'endTime'),
    platform: text(values, 'platform'),
    participants: text(values, 'participants'),
    needsRoom: flag('needsRoom'),
    needsOperator: flag('needsOperator'),
    needsRecording: flag('needsRecording'),
    notes: text(values, 'notes'),
  };
}

function requiredMessage(def: LetterFieldDef): string {
  const what = def.label.charAt(0).toLowerCase() + def.label.slice(1);
  return def.kind === 'select' ? `Pilih ${what}.` : `Isi ${what}.`;
}

const PHONE_RE = /^\+?[\d\s-]{8,20}$/;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

function formatErrors(dto: LetterRequestDto, errors: Partial<Record<LetterField, string>>): void {
  if (dto.email && !isEmail(dto.email)) errors.email = 'Format email tidak benar, contoh: nama@instansi.go.id.';
  if (dto.phone && !PHONE_RE.test(dto.phone)) errors.phone = 'Nomor WhatsApp hanya berisi angka, contoh: 081234567890.';
  if (dto.letterDate && !DATE_RE.test(dto.letterDate)) errors.letterDate = 'Tanggal surat tidak terbaca.';
  if (dto.eventDate && !DATE_RE.test(dto.eventDate)) errors.eventDate = 'Tanggal kegiatan tidak terbaca.';
  if (dto.startTime && !TIME_RE.test(dto.startTime)) errors.startTime = 'Jam mulai tidak terbaca (JJ:MM).';
  if (dto.endTime && !TIME_RE.test(dto.endTime)) errors.endTime = 'Jam selesai tidak terbaca (JJ:MM).';
  else if (dto.endTime && TIME_RE.test(dto.startTime) && dto.endTime <= dto.startTime) {
    errors.endTime = 'Jam selesai harus setelah jam mulai.';
  }
  if (dto.platform && !PLATFORMS.includes(dto.platform)) errors.platform = 'Pilih Zoom, Google Meet, atau Lainnya.';
  if (dto.participants && !/^\d{1,5}$/.test(dto.participants)) {
    errors.participants = 'Perkiraan jumlah peserta harus berupa angka.';
  }
  for (const [name, value] of Object.entries(dto) as Array<[LetterField, unknown]>) {
    if (typeof value === 'string' && value.length > FIELD_MAX_CHARS)
      errors[name] = `Terlalu panjang: ${value.length} karakter, paling banyak ${FIELD_MAX_CHARS}.`;
  }
}

/**
 * Client-side checks of a letter before it is sent: required fields, a letter or
 * SRIKANDI number, and readable email/phone/dates/times. Returns field → Indonesian
 * message; empty when the letter may be sent.
 */
export function validateLetter(dto: LetterRequestDto): Partial<Record<LetterField, string>> {
  const errors: Partial<Record<LetterField, string>> = {};
  for (const def of LETTER_SECTIONS.flatMap((s) => s.fields)) {
    if (def.required && !dto[def.name]) errors[def.name] = requiredMessage(def);
  }
  if (LETTER_NUMBER_FIELDS.every((name) => !dto[name as LetterField])) {
    errors.letterNumber = 'Isi nomor surat atau nomor SRIKANDI.';
  }
  formatErrors(dto, errors);
  return errors;
}
