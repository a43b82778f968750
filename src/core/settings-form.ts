/**
 * Validates the settings wizard's fields (valibot) into Settings, with one
 * Indonesian message per bad field.
 */
import {
  check,
  integer,
  maxLength,
  maxValue,
  minValue,
  nonEmpty,
  number,
  object,
  pipe,
  regex,
  safeParse,
  string,
  transform,
  union,
  literal,
  picklist,
} from 'valibot';
import { checkLetterNumberPattern } from './letter';
import { isLocalTime, isOfficeZone } from './dates';
import { isEmail } from './email';
import { FORM_RESPONDERS, type Settings } from './settings';
import { formatWorkDays, parseDateList, parseWorkDays } from './settings-calendar';

/** The editable settings, as text fields (the wizard's form): every setting except the template IDs and the engine address (Setup writes it). */
export type SettingsFieldsDto = Record<
  Exclude<keyof Settings, 'templateApproval' | 'templateRejection' | 'templateFull' | 'engineUrl' | 'calendarHolidays'>,
  string
>;

/** Field → Indonesian message, for errors shown beside each field. */
export type FieldErrors = Partial<Record<keyof SettingsFieldsDto | 'accountId' | 'clientId' | 'clientSecret', string>>;

/** The wizard's choices for a yes/no setting. */
const YES_NO = ['Ya', 'Tidak'] as const;
const intIn = (label: string, min: number, max: number) =>
  pipe(
    string(),
    transform((s) => Number(s)),
    number(`${label} harus angka.`),
    integer(`${label} harus bilangan bulat.`),
    minValue(min, `${label} minimal ${min}.`),
    maxValue(max, `${label} maksimal ${max}.`),
  );

const SCHEMA = object({
  officeName: pipe(string(), nonEmpty('Nama kantor wajib diisi.'), maxLength(150, 'Nama kantor terlalu panjang.')),
  officeEmail: union(
    [literal(''), pipe(string(), check(isEmail, 'Email kantor tidak valid.'))],
    'Email kantor tidak valid.',
  ),
  timeZone: pipe(string(), check(isOfficeZone, 'Pilih zona waktu WIB, WITA, atau WIT.')),
  presetId: pipe(string(), nonEmpty('Pilih alur SOP.')),
  minLeadDays: union(
    [literal(''), intIn('Minimal hari sebelum kegiatan', 0, 60)],
    'Minimal hari sebelum kegiatan harus 0–60 atau kosong.',
  ),
  maxDurationHours: intIn('Durasi maksimal', 1, 24),
  letterNumberPattern: pipe(
    string(),
    check(
      (p) => checkLetterNumberPattern(p) === null,
      'Pola nomor surat tidak valid (harus memuat {seq}; token: {seq}, {seq3}, {kode}, {bulan}, {bulan_romawi}, {tahun}).',
    ),
  ),
  letterCode: pipe(
    string(),
    nonEmpty('Kode klasifikasi surat wajib diisi.'),
    maxLength(30, 'Kode klasifikasi terlalu panjang.'),
  ),
  officeHoursStart: pipe(string(), check(isLocalTime, 'Jam layanan mulai harus JJ:MM.')),
  officeHoursEnd: pipe(string(), check(isLocalTime, 'Jam layanan selesai harus JJ:MM.')),
  bufferMinutes: intIn('Jeda antar rapat', 0, 120),
  workDays: pipe(
    string(),
    check(
      (t) => parseWorkDays(t) !== null,
      'Hari kerja tidak terbaca; tulis misalnya Senin, Selasa, Rabu, Kamis, Jumat.',
    ),
  ),
  holidays: pipe(
    string(),
    maxLength(5000, 'Daftar hari libur terlalu panjang.'),
    check((t) => parseDateList(t).unreadable.length === 0, 'Hari libur harus tanggal TTTT-BB-HH, dipisah koma.'),
  ),
  holidayCalendarId: pipe(string(), maxLength(200, 'ID kalender hari libur terlalu panjang.')),
  letterGovernment: pipe(string(), maxLength(150, 'Kop (pemerintah daerah) terlalu panjang.')),
  officeAddress: pipe(string(), maxLength(300, 'Alamat kantor terlalu panjang.')),
  letterCity: pipe(string(), maxLength(60, 'Kota terlalu panjang.')),
  signerName: pipe(string(), maxLength(120, 'Nama penandatangan terlalu panjang.')),
  signerNip: union(
    [literal(''), pipe(string(), regex(/^[\d ]{8,30}$/, 'NIP hanya berisi angka (boleh dengan spasi).'))],
    'NIP hanya berisi angka (boleh dengan spasi).',
  ),
  signerPosition: pipe(string(), maxLength(150, 'Jabatan penandatangan terlalu panjang.')),
  formResponders: picklist(FORM_RESPONDERS, 'Pilih siapa yang boleh mengisi formulir FPVC.'),
  officialWhatsApp: picklist(YES_NO, 'Pilih Ya atau Tidak.'),
});

/** Validate the wizard's fields; `presetIds` are the choices allowed; settings the wizard does not show keep `current`. */
export function validateSettingsForm(
  fields: SettingsFieldsDto,
  presetIds: string[],
  current: Settings,
): { ok: true; settings: Settings } | { ok: false; errors: FieldErrors } {
  const trimmed = Object.fromEntries(
    Object.entries(fields ?? {}).map(([k, v]) => [k, String(v ?? '').trim()]),
  ) as unknown as SettingsFieldsDto;
  const result = safeParse(SCHEMA, trimmed, { abortEarly: false });
  const errors: FieldErrors = {};
  if (!result.success) {
    for (const issue of result.issues) {
      const key = issue.path?.[0]?.key as keyof FieldErrors | undefined;
      if (key && !errors[key]) errors[key] = issue.message;
    }
  }
  if (!errors.presetId && !presetIds.includes(trimmed.presetId)) errors.presetId = 'Alur SOP tidak dikenal.';
  if (!errors.officeHoursEnd && !errors.officeHoursStart && trimmed.officeHoursEnd <= trimmed.officeHoursStart)
    errors.officeHoursEnd = 'Jam layanan selesai harus setelah jam mulai.';
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  const o = result.output;
  return {
    ok: true,
    settings: {
      ...current,
      officeName: o.officeName,
      officeEmail: o.officeEmail,
      timeZone: o.timeZone as Settings['timeZone'],
      presetId: o.presetId,
      minLeadDays: o.minLeadDays === '' ? null : o.minLeadDays,
      maxDurationHours: o.maxDurationHours,
      letterNumberPattern: o.letterNumberPattern,
      letterCode: o.letterCode,
      officeHoursStart: o.officeHoursStart,
      officeHoursEnd: o.officeHoursEnd,
      bufferMinutes: o.bufferMinutes,
      workDays: parseWorkDays(o.workDays) ?? current.workDays,
      holidays: parseDateList(o.holidays).dates,
      holidayCalendarId: o.holidayCalendarId,
      letterGovernment: o.letterGovernment,
      officeAddress: o.officeAddress,
      letterCity: o.letterCity,
      signerName: o.signerName,
      signerNip: o.signerNip,
      signerPosition: o.signerPosition,
      formResponders: o.formResponders,
      officialWhatsApp: o.officialWhatsApp === 'Ya',
    },
  };
}

/** The wizard's fields for existing settings. */
export function settingsToFields(s: Settings): SettingsFieldsDto {
  return {
    officeName: s.officeName,
    officeEmail: s.officeEmail,
    timeZone: s.timeZone,
    presetId: s.presetId,
    minLeadDays: s.minLeadDays === null ? '' : String(s.minLeadDays),
    maxDurationHours: String(s.maxDurationHours),
    letterNumberPattern: s.letterNumberPattern,
    letterCode: s.letterCode,
    officeHoursStart: s.officeHoursStart,
    officeHoursEnd: s.officeHoursEnd,
    bufferMinutes: String(s.bufferMinutes),
    workDays: formatWorkDays(s.workDays),
    holidays: s.holidays.join(', '),
    holidayCalendarId: s.holidayCalendarId,
    letterGovernment: s.letterGovernment,
    officeAddress: s.officeAddress,
    letterCity: s.letterCity,
    signerName: s.signerName,
    signerNip: s.signerNip,
    signerPosition: s.signerPosition,
    formResponders: s.formResponders,
    officialWhatsApp: s.officialWhatsApp ? 'Ya' : 'Tidak',
  };
}
