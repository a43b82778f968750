/**
 * Office settings (the Pengaturan sheet): what an admin can change without code.
 * Parsed from key/value rows with Indonesian labels; unknown keys are ignored,
 * bad values fall back to defaults and are reported.
 */
import { isLocalTime, isOfficeZone, type OfficeZone } from './dates';
import { presetById } from './sop/presets';
import {
  formatWorkDays,
  INDONESIAN_HOLIDAY_CALENDAR,
  parseDateList,
  parseWorkDays,
  WEEKDAYS,
} from './settings-calendar';

export interface Settings {
  officeName: string;
  officeEmail: string;
  /** The office's zone; an empty cell means the SOP preset's own (Tarakan: WITA). */
  timeZone: OfficeZone;
  presetId: string;
  /** Minimum days between request and event; null = the preset's own. */
  minLeadDays: number | null;
  maxDurationHours: number;
  /** Reply-letter number pattern, e.g. '{seq}/{kode}/Diskominfo/{bulan_romawi}/{tahun}'. */
  letterNumberPattern: string;
  letterCode: string;
  /** Service and working hours: meetings are offered inside them, and Mutu Baku counts only them. */
  officeHoursStart: string;
  officeHoursEnd: string;
  /** Working days, 0 = Minggu … 6 = Sabtu. */
  workDays: number[];
  /** Dates the office is closed besides the calendar's (cuti bersama, local holidays): 'YYYY-MM-DD'. */
  holidays: string[];
  /** The Google calendar of public holidays the office account reads; '' = none. */
  holidayCalendarId: string;
  /** Holidays read from that calendar (written by the engine each day). */
  calendarHolidays: string[];
  bufferMinutes: number;
  /** Kop surat: 'PEMERINTAH KOTA TARAKAN'. */
  letterGovernment: string;
  officeAddress: string;
  /** City written before the letter date: 'Tarakan, 30 November 2026'. */
  letterCity: string;
  /** Signer of reply letters; '' = the holder of the signing step's role in Pengguna (name, NIP) and the role's label. */
  signerName: string;
  signerNip: string;
  signerPosition: string;
  /** Google Docs template IDs per letter kind; '' = the default template Setup made in the 'Layanan Vicon' folder. */
  templateApproval: string;
  templateRejection: string;
  templateFull: string;
  /** The engine web app's address (…/exec), written by Setup; the panel sends every change there. */
  engineUrl: string;
  /** Who may answer the FPVC form: anyone with its link (applicants outside the office), or the office's Google accounts only. */
  formResponders: FormResponders;
  /** The office uses WhatsApp with its officials: after an action, "Kabari lewat WhatsApp" links to the next officials. */
  officialWhatsApp: boolean;
}

/** The FPVC form's responders, as Pengaturan spells them. */
export type FormResponders = 'semua' | 'kantor';
/** Every FormResponders value, in the order the wizard offers them. */
export const FORM_RESPONDERS: readonly FormResponders[] = ['semua', 'kantor'];

export const DEFAULT_SETTINGS: Settings = {
  officeName: 'Dinas Komunikasi dan Informatika',
  officeEmail: '',
  timeZone: 'Asia/Jakarta',
  presetId: '000-bandung',
  minLeadDays: null,
  maxDurationHours: 8,
  letterNumberPattern: '{seq}/{kode}/Diskominfo/{bulan_romawi}/{tahun}',
  letterCode: '555',
  officeHoursStart: '07:30',
  officeHoursEnd: '16:00',
  workDays: [...WEEKDAYS],
  holidays: [],
  holidayCalendarId: INDONESIAN_HOLIDAY_CALENDAR,
  calendarHolidays: [],
  bufferMinutes: 15,
  letterGovernment: '',
  officeAddress: '',
  letterCity: '',
  signerName: '',
  signerNip: '',
  signerPosition: '',
  templateApproval: '',
  templateRejection: '',
  templateFull: '',
  engineUrl: '',
  formResponders: 'semua',
  officialWhatsApp: false,
};

/** Sheet label of each setting, in sheet order. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  officeName: 'Nama kantor',
  officeEmail: 'Email kantor (balasan)',
  timeZone: 'Zona waktu',
  presetId: 'Alur SOP',
  minLeadDays: 'Minimal hari sebelum kegiatan (kosong = sesuai SOP)',
  maxDurationHours: 'Durasi maksimal (jam)',
  letterNumberPattern: 'Pola nomor surat',
  letterCode: 'Kode klasifikasi surat',
  officeHoursStart: 'Jam layanan mulai',
  officeHoursEnd: 'Jam layanan selesai',
  workDays: 'Hari kerja',
  holidays: 'Hari libur tambahan (TTTT-BB-HH, pisahkan dengan koma)',
  holidayCalendarId: 'Kalender hari libur Google (kosong = tidak dipakai)',
  calendarHolidays: 'Hari libur dari kalender Google (diisi otomatis)',
  bufferMinutes: 'Jeda antar rapat (menit)',
  letterGovernment: 'Kop surat: pemerintah daerah',
  officeAddress: 'Kop surat: alamat kantor',
  letterCity: 'Kota (tempat surat)',
  signerName: 'Nama penandatangan (kosong = dari Pengguna)',
  signerNip: 'NIP penandatangan (kosong = dari Pengguna)',
  signerPosition: 'Jabatan penandatangan (kosong = sesuai SOP)',
  templateApproval: 'ID templat surat persetujuan (kosong = bawaan)',
  templateRejection: 'ID templat surat penolakan (kosong = bawaan)',
  templateFull: 'ID templat surat jadwal penuh (kosong = bawaan)',
  engineUrl: 'Alamat mesin Layanan Vicon (diisi oleh Siapkan)',
  formResponders: 'Formulir FPVC dapat diisi oleh (semua / kantor)',
  officialWhatsApp: 'Kabari petugas lewat WhatsApp (Ya / Tidak)',
};

/** Settings read as free text (trimmed; empty keeps the default). */
const TEXT_KEYS = [
  'officeName',
  'officeEmail',
  'presetId',
  'letterNumberPattern',
  'letterCode',
  'letterGovernment',
  'officeAddress',
  'letterCity',
  'signerName',
  'signerNip',
  'signerPosition',
  'templateApproval',
  'templateRejection',
  'templateFull',
  'engineUrl',
] as const;

/** The zone of the preset `presetId` when it is a seed, else undefined. */
function presetZone(presetId: string): OfficeZone | undefined {
  return presetById(presetId)?.timeZone;
}

function cellValue(k: keyof Settings, s: Settings): string | number {
  const v = s[k];
  if (k === 'timeZone') return v === (presetZone(s.presetId) ?? DEFAULT_SETTINGS.timeZone) ? '' : String(v);
  if (k === 'workDays') return formatWorkDays(s.workDays);
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
  return (v as string | number | null) ?? '';
}

/** Rows [label, value] for a fresh Pengaturan sheet (the zone left empty when it is the preset's). */
export function settingsToRows(s: Settings): Array<[string, string | number]> {
  return (Object.keys(SETTING_LABELS) as Array<keyof Settings>).map((k) => [SETTING_LABELS[k], cellValue(k, s)]);
}

/** Parse Pengaturan rows into Settings; `problems` lists each bad value in Indonesian. */
export function settingsFromRows(rows: unknown[][]): { settings: Settings; problems: string[] } {
  const byLabel = new Map(rows.map((r) => [String(r[0] ?? '').trim(), r[1]]));
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const text = (k: keyof Settings): string | undefined => {
    const v = byLabel.get(SETTING_LABELS[k]);
    return v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim();
  };
  const num = (k: keyof Settings, min: number, max: number): number | undefined => {
    const t = text(k);
    if (t === undefined) return undefined;
    const n = Number(t);
    if (Number.isFinite(n) && n >= min && n <= max) return n;
    problems.push(`${SETTING_LABELS[k]}: "${t}" bukan angka ${min}–${max}.`);
    return undefined;
  };
  for (const k of TEXT_KEYS) {
    settings[k] = text(k) ?? settings[k];
  }
  readChoices(settings, problems, text);
  readCalendar(settings, problems, text, (k) => byLabel.has(SETTING_LABELS[k]));
  settings.minLeadDays = num('minLeadDays', 0, 60) ?? null;
  settings.maxDurationHours = num('maxDurationHours', 1, 24) ?? settings.maxDurationHours;
  settings.bufferMinutes = num('bufferMinutes', 0, 120) ?? settings.bufferMinutes;
  for (const k of ['officeHoursStart', 'officeHoursEnd'] as const) {
    const t = text(k);
    if (t === undefined) continue;
    if (isLocalTime(t)) settings[k] = t;
    else problems.push(`${SETTING_LABELS[k]}: "${t}" harus berformat JJ:MM.`);
  }
  return { settings, problems };
}

/** The zone (empty: the preset's own, e.g. Tarakan WITA), WhatsApp with officials, and who may answer the form. */
function readChoices(settings: Settings, problems: string[], text: (k: keyof Settings) => string | undefined): void {
  const tz = text('timeZone');
  settings.timeZone = presetZone(settings.presetId) ?? settings.timeZone;
  if (tz !== undefined) {
    if (isOfficeZone(tz)) settings.timeZone = tz;
    else
      problems.push(
        `Zona waktu "${tz}" tidak dikenal. Pilih Asia/Jakarta, Asia/Pontianak, Asia/Makassar, atau Asia/Jayapura.`,
      );
  }
  const whatsapp = text('officialWhatsApp')?.toLowerCase();
  if (whatsapp !== undefined) {
    if (['ya', 'tidak'].includes(whatsapp)) settings.officialWhatsApp = whatsapp === 'ya';
    else problems.push(`${SETTING_LABELS.officialWhatsApp}: "${whatsapp}" tidak dikenal. Isi Ya atau Tidak.`);
  }
  const responders = text('formResponders')?.toLowerCase();
  if (responders === undefined) return;
  if ((FORM_RESPONDERS as readonly string[]).includes(responders))
    settings.formResponders = responders as FormResponders;
  else problems.push(`${SETTING_LABELS.formResponders}: "${responders}" tidak dikenal. Isi semua atau kantor.`);
}

/** Working days, holiday lists and the holiday calendar (a missing row keeps the default; an empty cell clears). */
function readCalendar(
  settings: Settings,
  problems: string[],
  text: (k: keyof Settings) => string | undefined,
  present: (k: keyof Settings) => boolean,
): void {
  const days = text('workDays');
  if (days !== undefined) {
    const parsed = parseWorkDays(days);
    if (parsed) settings.workDays = parsed;
    else
      problems.push(
        `${SETTING_LABELS.workDays}: "${days}" tidak terbaca; tulis misalnya Senin, Selasa, Rabu, Kamis, Jumat.`,
      );
  }
  for (const k of ['holidays', 'calendarHolidays'] as const) {
    const list = parseDateList(text(k) ?? '');
    settings[k] = list.dates;
    if (list.unreadable.length > 0)
      problems.push(
        `${SETTING_LABELS[k]}: ${list.unreadable.map((u) => `"${u}"`).join(', ')} bukan tanggal TTTT-BB-HH.`,
      );
  }
  if (present('holidayCalendarId')) settings.holidayCalendarId = text('holidayCalendarId') ?? '';
}
